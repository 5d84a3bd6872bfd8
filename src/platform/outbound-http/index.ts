export {
  outboundRequest,
  checkTargetUrl,
  isPublicAddress,
  OutboundError,
  type OutboundErrorCode,
  type OutboundRequest,
  type OutboundResponse,
} from './guarded-http.js';
export { DevelopmentSettings, allowPrivateOutbound } from './outbound.settings.js';
