// tsb-akutt/cds-service for Node (ES module): the same module as the CommonJS entry.
import cjs from './cds-service.cjs';

export const { createHandler, createServer, DISCOVERY, CUSTOM_HOOK, QUESTIONNAIRE_URL, DEFAULT_MAX_BODY_BYTES } = cjs;
