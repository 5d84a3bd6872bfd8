/** The bench's queues, by device status: awaiting inspection, reports to send, awaiting the customer, payouts, returns. */
export const QUEUES = ['Received', 'Inspected', 'Valuated', 'Accepted', 'ReturnRequested'] as const;
export type Queue = (typeof QUEUES)[number];
