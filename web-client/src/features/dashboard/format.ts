export { formatDuration, formatPercent, formatTemperature } from '@/lib/format';
