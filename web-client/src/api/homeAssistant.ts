import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

/** The Home Assistant (MQTT discovery) settings; the password is write-only (`hasPassword`). */
export type HomeAssistantSettings = JsonResponse<'/api/v1/settings/homeassistant', 'get', 200>;
/** PUT body: leave `password` out (undefined) to keep the stored one; an empty string removes it. */
export type HomeAssistantSettingsWrite = JsonRequest<'/api/v1/settings/homeassistant', 'put'>;
export type HomeAssistantTestResult = JsonResponse<'/api/v1/settings/homeassistant/test', 'post', 200>;

const path = 'settings/homeassistant';

export const homeAssistantApi = {
  get: () => http.get<HomeAssistantSettings>(path),
  update: (body: HomeAssistantSettingsWrite) => http.put<HomeAssistantSettings>(path, body),
  /** Connects once with these (unsaved) values; a left-out password uses the stored one. */
  test: (body: HomeAssistantSettingsWrite) => http.post<HomeAssistantTestResult>(`${path}/test`, body),
};
