import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * jsdom has no canvas, no ResizeObserver, no matchMedia and no Path2D. uPlot needs them
 * to construct a chart; these stand-ins draw nothing. What the chart looks like is checked
 * in a real Chromium by the e2e test.
 */
function install(): void {
  const g = globalThis as Record<string, unknown>;
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!g.Path2D) {
    g.Path2D = class {
      addPath() {}
      closePath() {}
      moveTo() {}
      lineTo() {}
      rect() {}
      arc() {}
      bezierCurveTo() {}
      quadraticCurveTo() {}
    };
  }
  const noop = () => undefined;
  const context2d = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: String(text).length * 6 });
      if (key === 'getLineDash') return () => [];
      return noop;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value(kind: string) {
      return kind === '2d' ? context2d : null;
    },
  });
}

install();
afterEach(() => cleanup());
