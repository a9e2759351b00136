// Misspellings subs meet, for guards that must let none through: every earlier checks set's planted
// spelling errors (heldout to heldout-5) and common English slips of every length, short ones included.
/** Lower-case misspellings of English words, each a slip a reporter makes. */
export const KNOWN_MISSPELLINGS: readonly string[] = [
  // Planted in the earlier sets.
  'accomodation', 'begining', 'buisness', 'concious', 'consultaton', 'definately', 'enviroment', 'millenium', 'neccessary', 'occured', 'recieved', 'seperate',
  // Common slips.
  'acheive', 'acceptible', 'accidently', 'acommodate', 'adress', 'agressive', 'alledged', 'apparantly', 'arguement', 'assasination', 'athiest', 'beleive',
  'belive', 'beautifull', 'becuase', 'bizzare', 'calender', 'catagory', 'cemetary', 'collegue', 'comming', 'commitee', 'completly', 'critisism',
  'curiousity', 'decieve', 'dilema', 'dissapear', 'dissapoint', 'embarass', 'existance', 'experiance', 'facinating', 'firey', 'foriegn', 'freind',
  'goverment', 'gaurd', 'happend', 'harrass', 'heighth', 'hieght', 'immediatly', 'independant', 'interuption', 'knowlege', 'liason', 'libary',
  'lisence', 'maintainance', 'mischievious', 'mispell', 'neice', 'noticable', 'occassion', 'occurence', 'paralell', 'parliment', 'pavillion', 'peice',
  'perseverence', 'persistant', 'posession', 'prefered', 'presense', 'priviledge', 'probaly', 'publically', 'realy', 'recomend', 'refered', 'relevent',
  'religous', 'remeber', 'resistence', 'responsability', 'rythm', 'sieze', 'similiar', 'sincerly', 'speach', 'strenght', 'succesful', 'suprise',
  'tendancy', 'thier', 'threshhold', 'tommorow', 'tounge', 'truely', 'twelth', 'tyrany', 'untill', 'usefull', 'vaccum', 'vehical',
  'wierd', 'wich', 'writting', 'yeild', 'beggining', 'comittee', 'medecine', 'minature', 'goverments', 'recieve',
];
