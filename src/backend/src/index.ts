export { backendConfigFromEnv, type BackendConfig } from './shared/config.js';
export { startFunctionsServer, type FunctionsServer } from './localDevelopment.js';
export { FUNCTION_ROUTES } from './functions.js';
export { SimulatedCardGateway, type PaymentGateway } from './payment/gateway.js';
