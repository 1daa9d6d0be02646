// The dictionary of the synthetic corpus: seeds/actors.json when there is one, else these real actors
// of the Armenia–Azerbaijan talks, in the same format.
export const FALLBACK_DICTIONARY = {
  actors: [
    {
      id: 'nikol-pashinyan', kind: 'person', name: 'Nikol Pashinyan', country: 'Armenia', aliases: ['Pashinian'],
      roles: [{ title: 'Prime Minister of Armenia', from: '2018-05-08', to: null, nominals: ['the Armenian prime minister'] }],
    },
    {
      id: 'ararat-mirzoyan', kind: 'person', name: 'Ararat Mirzoyan', country: 'Armenia',
      roles: [{ title: 'Foreign Minister of Armenia', from: '2021-08-19', to: null, nominals: ['the Armenian foreign minister'] }],
    },
    {
      id: 'zohrab-mnatsakanyan', kind: 'person', name: 'Zohrab Mnatsakanyan', country: 'Armenia',
      roles: [{ title: 'Foreign Minister of Armenia', from: '2018-05-12', to: '2020-11-16', nominals: ['the Armenian foreign minister'] }],
    },
    {
      id: 'ilham-aliyev', kind: 'person', name: 'Ilham Aliyev', country: 'Azerbaijan', aliases: ['Aliev'],
      roles: [{ title: 'President of Azerbaijan', from: '2003-10-31', to: null, nominals: ['the Azerbaijani president'] }],
    },
    {
      id: 'jeyhun-bayramov', kind: 'person', name: 'Jeyhun Bayramov', country: 'Azerbaijan',
      roles: [{ title: 'Foreign Minister of Azerbaijan', from: '2020-07-16', to: null, nominals: ['the Azerbaijani foreign minister'] }],
    },
    {
      id: 'hikmet-hajiyev', kind: 'person', name: 'Hikmet Hajiyev', country: 'Azerbaijan',
      roles: [{ title: 'Foreign Policy Adviser to the President of Azerbaijan', from: '2021-01-01', to: null, nominals: [] }],
    },
    {
      id: 'antony-blinken', kind: 'person', name: 'Antony Blinken', country: 'US',
      roles: [{ title: 'US Secretary of State', from: '2021-01-26', to: '2025-01-20', nominals: ['the Secretary'] }],
    },
    {
      id: 'mike-pompeo', kind: 'person', name: 'Mike Pompeo', country: 'US',
      roles: [{ title: 'US Secretary of State', from: '2018-04-26', to: '2021-01-20', nominals: ['the Secretary'] }],
    },
    {
      id: 'ned-price', kind: 'person', name: 'Ned Price', country: 'US',
      roles: [{ title: 'State Department Spokesperson', from: '2021-01-20', to: '2023-06-30', nominals: ['the spokesman'] }],
    },
    {
      id: 'karen-donfried', kind: 'person', name: 'Karen Donfried', country: 'US',
      roles: [{ title: 'Assistant Secretary of State for European and Eurasian Affairs', from: '2021-09-14', to: '2024-03-01', nominals: [] }],
    },
    {
      id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov', country: 'Russia', aliases: ['Sergei Lavrov'],
      roles: [{ title: 'Foreign Minister of Russia', from: '2004-03-09', to: null, nominals: ['the Russian foreign minister'] }],
    },
    {
      id: 'maria-zakharova', kind: 'person', name: 'Maria Zakharova', country: 'Russia',
      roles: [{ title: 'Russian Foreign Ministry Spokeswoman', from: '2015-08-10', to: null, nominals: [] }],
    },
    {
      id: 'charles-michel', kind: 'person', name: 'Charles Michel', country: 'EU',
      roles: [{ title: 'President of the European Council', from: '2019-12-01', to: '2024-11-30', nominals: [] }],
    },
    {
      id: 'josep-borrell', kind: 'person', name: 'Josep Borrell', country: 'EU',
      roles: [{ title: 'EU High Representative for Foreign Affairs', from: '2019-12-01', to: '2024-11-30', nominals: [] }],
    },
    {
      id: 'toivo-klaar', kind: 'person', name: 'Toivo Klaar', country: 'EU',
      roles: [{ title: 'EU Special Representative for the South Caucasus', from: '2017-11-01', to: null, nominals: [] }],
    },
    {
      id: 'andrzej-kasprzyk', kind: 'person', name: 'Andrzej Kasprzyk', country: 'OSCE',
      roles: [{ title: 'Personal Representative of the OSCE Chairperson-in-Office', from: '1997-01-01', to: '2022-12-31', nominals: [] }],
    },
    {
      id: 'armenia-mfa', kind: 'org', name: 'Ministry of Foreign Affairs of Armenia', country: 'Armenia',
      aliases: ['Armenian Foreign Ministry'], nominals: ['the Armenian foreign ministry'],
    },
    {
      id: 'azerbaijan-mfa', kind: 'org', name: 'Ministry of Foreign Affairs of Azerbaijan', country: 'Azerbaijan',
      aliases: ['Azerbaijani Foreign Ministry'], nominals: ['the Azerbaijani foreign ministry'],
    },
    {
      id: 'us-state-department', kind: 'org', name: 'U.S. State Department', country: 'US',
      aliases: ['State Department'], nominals: ['the State Department'],
    },
    {
      id: 'armenia-government', kind: 'org', name: 'Government of Armenia', country: 'Armenia', metonyms: ['Yerevan'],
    },
    {
      id: 'azerbaijan-government', kind: 'org', name: 'Government of Azerbaijan', country: 'Azerbaijan', metonyms: ['Baku'],
    },
  ],
};
