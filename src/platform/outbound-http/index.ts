export { outboundRequest, checkTargetUrl, isPublicAddress, OutboundError, type OutboundRequest, type OutboundResponse } from './guarded-http.js';
