import type { HomeAssistantSettings, HomeAssistantSettingsWrite } from '@/api/homeAssistant';

/** What the form edits; the password field is empty unless the user types a new one. */
export interface HomeAssistantFormModel {
  enabled: boolean;
  host: string;
  port: string;
  useTls: boolean;
  username: string;
  password: string;
  clearPassword: boolean;
  discoveryPrefix: string;
  allowControl: boolean;
}

export const fieldLabels = {
  host: 'Broker host',
  port: 'Port',
  username: 'User name',
  password: 'Password',
  discoveryPrefix: 'Discovery prefix',
} as const;

export function toFormModel(settings: HomeAssistantSettings | null): HomeAssistantFormModel {
  return {
    enabled: settings?.enabled ?? false,
    host: settings?.host ?? '',
    port: String(settings?.port ?? 1883),
    useTls: settings?.useTls ?? false,
    username: settings?.username ?? '',
    password: '',
    clearPassword: false,
    discoveryPrefix: settings?.discoveryPrefix ?? 'homeassistant',
    allowControl: settings?.allowControl ?? false,
  };
}

/** The request body: an empty password field keeps the stored password, "remove" sends an empty string. */
export function toRequest(model: HomeAssistantFormModel): HomeAssistantSettingsWrite {
  const port = Number(model.port.trim());
  const body: HomeAssistantSettingsWrite = {
    enabled: model.enabled,
    host: model.host.trim() || null,
    port: model.port.trim() === '' || !Number.isFinite(port) ? null : port,
    useTls: model.useTls,
    username: model.username.trim() || null,
    discoveryPrefix: model.discoveryPrefix.trim() || null,
    allowControl: model.allowControl,
  };
  if (model.clearPassword) body.password = '';
  else if (model.password.length > 0) body.password = model.password;
  return body;
}

/** Checks in the browser before saving (the Api checks again and its messages win). */
export function validate(model: HomeAssistantFormModel, forTest = false): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if ((model.enabled || forTest) && model.host.trim() === '') errors.host = ["Enter the MQTT broker's host name or IP address."];
  const port = Number(model.port.trim());
  if (model.port.trim() !== '' && (!Number.isInteger(port) || port < 1 || port > 65535)) errors.port = ['The port must be between 1 and 65535.'];
  return errors;
}
