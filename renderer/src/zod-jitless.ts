import { z } from 'zod';

// Zod probes `new Function` to compile faster parsers; under this page's CSP (no 'unsafe-eval')
// the probe fails and logs a CSP violation on every load. Jitless mode never probes.
z.config({ jitless: true });
