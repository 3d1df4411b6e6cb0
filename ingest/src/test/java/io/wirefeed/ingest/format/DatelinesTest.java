package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-20T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "TASHKENT, July 7 (Xinhua) -- Uzbek text|TASHKENT|2026-07-07|Xinhua|Uzbek text",
        "ULAANBAATAR, Mongolia (AP) _ Text|ULAANBAATAR|none|AP|Text",
        "NEW YORK (AP) _ The market|NEW YORK|none|AP|The market",
        "BISHKEK, Nov. 16 (Xinhua) -- Voter turnout|BISHKEK|2026-11-16|Xinhua|Voter turnout",
        "Srinagar, Nov 9 (PTI) Two militants|Srinagar|2026-11-09|PTI|Two militants",
        "Madrid, Nov 20 (EFE).- Spain's output|Madrid|2026-11-20|EFE|Spain's output",
        "Lisbon, 25 Nov 2026 (Lusa) - The museum|Lisbon|2026-11-25|Lusa|The museum",
        "MOSCOW, November 4. /TASS/. The Russian|MOSCOW|2026-11-04|TASS|The Russian",
        "ASTANA. KAZINFORM - Kazakhstan harvested|ASTANA|none|KAZINFORM|Kazakhstan harvested",
        "(ANSA) - NAPLES, NOV 9 - Napoli went top|NAPLES|2026-11-09|ANSA|Napoli went top",
        "KARACHI, Dec 16 (APP): Sindh Chief Minister|KARACHI|2026-12-16|APP|Sindh Chief Minister",
        "Riyadh, December 15, 2026, SPA -- The Ministry|Riyadh|2026-12-15|SPA|The Ministry",
        "ABU DHABI, 16th December, 2026 (WAM) -- The UAE|ABU DHABI|2026-12-16|WAM|The UAE",
        "Sefwi Wiawso, Dec 9, GNA - The council|Sefwi Wiawso|2026-12-09|GNA|The council",
        "Accra, Dec. 9, (GNA) - The council|Accra|2026-12-09|GNA|The council",
        "BAKU, Azerbaijan, December 8. Azerbaijan's exports|BAKU|2026-12-08|none|Azerbaijan's exports",
        "SYDNEY, Dec 16 AAP - A 16-year-old|SYDNEY|2026-12-16|AAP|A 16-year-old",
        "YEREVAN, DECEMBER 16, ARMENPRESS. The manuscript|YEREVAN|2026-12-16|ARMENPRESS|The manuscript",
        "SUVA, 16 DECEMBER 2026 (PACNEWS) --- Pacific ministers|SUVA|2026-12-16|PACNEWS|Pacific ministers",
        "(MENAFN- Jordan News Agency) Amman, Dec. 17 (Petra) -- The court|Amman|2026-12-17|Petra|The court",
        "Baghdad-INA The Security Media Cell|Baghdad|none|INA|The Security Media Cell",
        "ZAMBOANGA CITY – Joint police units|ZAMBOANGA CITY|none|none|Joint police units",
        "LAGOS, NIGERIA - Gunmen killed five|LAGOS|none|none|Gunmen killed five",
        "ERBIL, Kurdistan Region - Two Peshmerga fighters|ERBIL|none|none|Two Peshmerga fighters",
        "ERBIL, Kurdistan Region - 12 Peshmerga fighters|ERBIL|none|none|12 Peshmerga fighters",
        "WASHINGTON, DC - The Senate voted|WASHINGTON|none|none|The Senate voted",
        "WASHINGTON, Dec 16 UPDATE - The Senate voted|WASHINGTON|2026-12-16|none|The Senate voted",
        "Doha-QNA Qatar's trade surplus|Doha|none|QNA|Qatar's trade surplus",
        "MOSCOW. Dec 18 (Interfax) - The Russian|MOSCOW|2026-12-18|Interfax|The Russian",
        "Addis Ababa, December 18/2026(ENA)- The Awash|Addis Ababa|2026-12-18|ENA|The Awash",
        "Bishkek, Dec. 16 / Kabar /. The State Committee|Bishkek|2026-12-16|Kabar|The State Committee",
        "Havana, Dec 15 (Prensa Latina) \"Las alas rotas\" won|Havana|2026-12-15|Prensa Latina|\"Las alas rotas\" won",
        "Havana, Dec 15 (Prensa Latina) “Las alas rotas” won|Havana|2026-12-15|Prensa Latina|“Las alas rotas” won",
        "New Delhi [India], December 17 (ANI): The National|New Delhi|2026-12-17|ANI|The National",
        "Bannu (Pakistan) (AFP) - Gunmen killed|Bannu|none|AFP|Gunmen killed",
        "Bandar Abbas, IRNA – A 5.8-magnitude|Bandar Abbas|none|IRNA|A 5.8-magnitude",
        "Tehran, IRNA - Iran's foreign minister|Tehran|none|IRNA|Iran's foreign minister",
        "TOKYO, Dec. 17 Kyodo - A fossil found|TOKYO|2026-12-17|Kyodo|A fossil found",
        "Dec. 16 (UPI) -- The State Department|none|2026-12-16|UPI|The State Department",
        "PEKIN, 16 décembre (Xinhua) -- La Chine|PEKIN|2026-12-16|Xinhua|La Chine",
        "BEIJING, 16 dic (Xinhua) -- China|BEIJING|2026-12-16|Xinhua|China",
        "Madrid, 16 dic (EFE).- El Gobierno|Madrid|2026-12-16|EFE|El Gobierno",
        "La Habana, 15 dic (Prensa Latina) El jurado|La Habana|2026-12-15|Prensa Latina|El jurado",
        "Lisboa, 16 dez 2026 (Lusa) - O Governo|Lisboa|2026-12-16|Lusa|O Governo",
        "(ANSA) - ROMA, 16 DIC - Il governo|ROMA|2026-12-16|ANSA|Il governo",
        "Paris, 3 févr. (AFP) - Le gouvernement|Paris|2027-02-03|AFP|Le gouvernement",
        "São Paulo, 5 março (Lusa) - O Governo|São Paulo|2027-03-05|Lusa|O Governo",
        "Ulaanbaatar /MONTSAME/. The State Great Khural|Ulaanbaatar|none|MONTSAME|The State Great Khural",
        "HANOI, Dec 16 (VNS/VNA) - Vietnam's exports|HANOI|2026-12-16|VNS/VNA|Vietnam's exports",
        "BAKU, Azerbaijan, Dec.16. Azerbaijan's exports|BAKU|2026-12-16|none|Azerbaijan's exports",
        "TOKYO, Dec 4 (Jiji Press)--Typhoon Lan|TOKYO|2026-12-04|Jiji Press|Typhoon Lan",
        "LAGOS, NIGERIA--Gunmen killed five|LAGOS|none|none|Gunmen killed five",
        "LONDON/SINGAPORE, Jan 12 (Reuters) - Oil prices|LONDON|2027-01-12|Reuters|Oil prices",
        "NEW YORK/LONDON, Dec 2 (Reuters) - Stocks fell|NEW YORK|2026-12-02|Reuters|Stocks fell",
        "Culiacán (Mexico), Jan 14 (EFE).- Rival factions|Culiacán|2027-01-14|EFE|Rival factions",
        "Lima, Jan. 25 (ANDINA). Peru's copper exports|Lima|2027-01-25|ANDINA|Peru's copper exports",
        "ST. PETERSBURG, March 10. /TASS/. The Bank of Russia|ST. PETERSBURG|2027-03-10|TASS|The Bank of Russia",
        "Sefwi Wiawso (WN/R), March 7, GNA - The council|Sefwi Wiawso|2027-03-07|GNA|The council",
    })
    void readsTheDatelineStylesAgenciesWrite(String text, String place, String date, String agency, String rest) {
        Datelines.Found found = Datelines.find(text, NOVEMBER).orElseThrow();

        assertThat(found.dateline().getPlace()).isEqualTo(place);
        assertThat(found.dateline().getDate()).isEqualTo(date);
        assertThat(found.agency()).isEqualTo(agency);
        assertThat(found.rest()).isEqualTo(rest);
        assertThat(text).startsWith(found.dateline().getText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Bank said on Monday - that it would",
        "Apple (AAPL.O) Chief Executive Tim Cook said",
        "Police said (Reuters) that",
        "Note: the figures are provisional",
        "Ford, GM and Chrysler -- the three",
        "Paris, Dec 8. The talks went on",
        "UPDATE - Police now say",
        "BREAKING -- Shots fired",
        "EDITORS: The story",
        "GM - the carmaker said",
        "(Reuters) The company said",
        "NATO - The alliance said",
        "OPEC -- Producers agreed",
        "WRAP - Stocks fell",
        "TOP STORY - Floods hit",
        "NIGERIA - ATTACK KILLS 12 IN BORNO",
        "Ex-PM Imran Khan's party said",
        "Mercedes-AMG Petronas said on Friday",
        "(Updated) NATO - The alliance",
        "Correction, Dec 9: An earlier version",
        "Police said (AFP): the suspects",
        "UPDATE, Dec 8. Police now say",
        "Ford, GM -- the two carmakers",
        "Apple, IBM - the two firms said",
        "IBM, Apple - the two firms said",
        "IBM, Apple - The two firms said",
        "OPEC, Russia - Oil producers agreed",
        "PRESS RELEASE, Acme Corp - Acme Corp today announced",
        "TENNIS, Wimbledon - Roger Federer won",
        "U.S., Japan - The two countries agreed",
        "May 5 (local time) - the storm",
        "PARIS, France. The talks went on",
        "Apple (AAPL.O) Chief Executive Tim Cook",
        "Berlin (dpa) Die Regierung",
        "Prices rose 3/4 /percent/. The bank",
        "Monday, Oct. 19--Black Monday--the Dow fell",
        "Today, July 4—Independence Day—Americans",
    })
    void leavesOrdinaryOpeningsAlone(String text) {
        assertThat(Datelines.find(text, NOVEMBER)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "ISTANBUL|ISTANBUL",
        "ADDIS ABABA|ADDIS ABABA",
        "DAR ES SALAAM|DAR ES SALAAM",
        "WASHINGTON POST REPORTS|none",
        "ANALYSIS|none",
        "Istanbul|none",
        "ISTANBUL (AA) - Police|none",
    })
    void readsATownAloneInCapitals(String paragraph, String place) {
        assertThat(Datelines.placeAlone(paragraph).map(found -> found.dateline().getPlace()).orElse(null))
            .isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "SANTIAGO, March 14, 2025 (AFP)|AFP",
        "MOSCOW, July 9 /TASS/|TASS",
        "BELGRADE, July 15 (Tanjug).|Tanjug",
        "WASHINGTON (UPDATED)|none",
        "NAIROBI, Aug 7|none"})
    void aDatelineGivenAsAFieldNamesItsAgencyAtItsEnd(String written, String agency) {
        assertThat(Datelines.agencyNamed(written)).isEqualTo(agency);
    }
}
