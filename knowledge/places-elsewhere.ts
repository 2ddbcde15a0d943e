// Towns and regions outside the catalogue's pilot regions (Uusimaa, Kanta-Häme, Satakunta, Lappi), by name only: a
// resident who writes "Kuopiossa" or "i Vasa" is somewhere the catalogue has no local activities for, so the regional and
// municipal activities of other regions must not be offered as if they were near. No code, address or service is kept
// here. Names that are also ordinary words (Nokia, Varkaus "theft", Lieto, Luoto, Kannus "spur") are left out.

/** A place as residents name it, Finnish and, where one is in use, Swedish. */
export interface PlaceElsewhere { readonly fi: string; readonly sv?: string }

export const PLACES_ELSEWHERE: readonly PlaceElsewhere[] = [
  // Regions (maakunnat) outside the pilot regions.
  { fi: 'Pirkanmaa', sv: 'Birkaland' }, { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland' }, { fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland' },
  { fi: 'Kymenlaakso', sv: 'Kymmenedalen' }, { fi: 'Etelä-Karjala', sv: 'Södra Karelen' }, { fi: 'Etelä-Savo', sv: 'Södra Savolax' },
  { fi: 'Pohjois-Savo', sv: 'Norra Savolax' }, { fi: 'Pohjois-Karjala', sv: 'Norra Karelen' }, { fi: 'Keski-Suomi', sv: 'Mellersta Finland' },
  { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten' }, { fi: 'Pohjanmaa', sv: 'Österbotten' }, { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten' },
  { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten' }, { fi: 'Kainuu', sv: 'Kajanaland' }, { fi: 'Ahvenanmaa', sv: 'Åland' },
  // Towns of those regions.
  { fi: 'Tampere', sv: 'Tammerfors' }, { fi: 'Ylöjärvi' }, { fi: 'Kangasala' }, { fi: 'Lempäälä' }, { fi: 'Pirkkala', sv: 'Birkala' },
  { fi: 'Valkeakoski' }, { fi: 'Sastamala' }, { fi: 'Orivesi' }, { fi: 'Ikaalinen', sv: 'Ikalis' }, { fi: 'Parkano' }, { fi: 'Hämeenkyrö', sv: 'Tavastkyro' },
  { fi: 'Turku', sv: 'Åbo' }, { fi: 'Salo' }, { fi: 'Kaarina', sv: 'S:t Karins' }, { fi: 'Raisio', sv: 'Reso' }, { fi: 'Naantali', sv: 'Nådendal' },
  { fi: 'Uusikaupunki', sv: 'Nystad' }, { fi: 'Loimaa' }, { fi: 'Parainen', sv: 'Pargas' }, { fi: 'Kemiönsaari', sv: 'Kimitoön' }, { fi: 'Paimio', sv: 'Pemar' },
  { fi: 'Lahti', sv: 'Lahtis' }, { fi: 'Heinola' }, { fi: 'Hollola' }, { fi: 'Orimattila' },
  { fi: 'Kotka' }, { fi: 'Kouvola' }, { fi: 'Hamina', sv: 'Fredrikshamn' }, { fi: 'Lappeenranta', sv: 'Villmanstrand' }, { fi: 'Imatra' },
  { fi: 'Mikkeli', sv: 'S:t Michel' }, { fi: 'Savonlinna', sv: 'Nyslott' }, { fi: 'Pieksämäki' },
  { fi: 'Kuopio' }, { fi: 'Iisalmi', sv: 'Idensalmi' }, { fi: 'Siilinjärvi' }, { fi: 'Suonenjoki' },
  { fi: 'Joensuu' }, { fi: 'Lieksa' }, { fi: 'Nurmes' }, { fi: 'Kitee' }, { fi: 'Outokumpu' }, { fi: 'Kontiolahti' }, { fi: 'Liperi' },
  { fi: 'Jyväskylä' }, { fi: 'Jämsä' }, { fi: 'Äänekoski' }, { fi: 'Laukaa' }, { fi: 'Keuruu' }, { fi: 'Saarijärvi' },
  { fi: 'Seinäjoki' }, { fi: 'Lapua', sv: 'Lappo' }, { fi: 'Kauhava' }, { fi: 'Kurikka' }, { fi: 'Alavus' }, { fi: 'Kauhajoki' },
  { fi: 'Vaasa', sv: 'Vasa' }, { fi: 'Mustasaari', sv: 'Korsholm' }, { fi: 'Pietarsaari', sv: 'Jakobstad' }, { fi: 'Närpiö', sv: 'Närpes' },
  { fi: 'Kristiinankaupunki', sv: 'Kristinestad' }, { fi: 'Maalahti', sv: 'Malax' }, { fi: 'Uusikaarlepyy', sv: 'Nykarleby' }, { fi: 'Kruunupyy', sv: 'Kronoby' },
  { fi: 'Pedersöre' }, { fi: 'Vöyri', sv: 'Vörå' }, { fi: 'Kokkola', sv: 'Karleby' },
  { fi: 'Oulu', sv: 'Uleåborg' }, { fi: 'Raahe', sv: 'Brahestad' }, { fi: 'Ylivieska' }, { fi: 'Kempele' }, { fi: 'Kuusamo' }, { fi: 'Kalajoki' },
  { fi: 'Nivala' }, { fi: 'Oulainen' }, { fi: 'Pudasjärvi' }, { fi: 'Liminka', sv: 'Limingo' }, { fi: 'Haapajärvi' },
  { fi: 'Kajaani', sv: 'Kajana' }, { fi: 'Sotkamo' }, { fi: 'Kuhmo' }, { fi: 'Suomussalmi' }, { fi: 'Maarianhamina', sv: 'Mariehamn' },
];
