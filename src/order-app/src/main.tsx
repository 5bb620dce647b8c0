import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { appConfigFromEnv } from './config.js';
import { SessionProvider } from './auth/session-context.js';
import { SessionApolloProvider } from './apollo/apollo-provider.js';
import { CartProvider } from './cart/cart-context.js';
import './ui/styles.css';

const config = appConfigFromEnv(import.meta.env);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <SessionApolloProvider config={config}>
        <CartProvider>
          <App />
        </CartProvider>
      </SessionApolloProvider>
    </SessionProvider>
  </StrictMode>,
);
