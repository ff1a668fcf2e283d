// Vitest stand-in for the `server-only` marker package, whose real entry throws outside React's
// server environment. Server modules are safe to import in Node tests.
export {}
