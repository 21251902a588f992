/** The single IPC channel between preload and main. */
export const API_CHANNEL = 'blikopener:api';
