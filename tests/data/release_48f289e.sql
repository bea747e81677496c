-- A kiesmbo database made by the release at commit 48f289e (create_all, seed
-- of a few programmes, three saved results); built by make_release_48f289e.py.
BEGIN TRANSACTION;
CREATE TABLE catalogueversion (
	id INTEGER NOT NULL, 
	value VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "catalogueversion" VALUES(1,'f4e85cc3389f4014a533a8e721d1aae5');
CREATE TABLE datasource (
	name VARCHAR(200) NOT NULL, 
	publisher VARCHAR(200) NOT NULL, 
	year INTEGER NOT NULL, 
	licence VARCHAR(120) NOT NULL, 
	url VARCHAR(300) NOT NULL, 
	used_for VARCHAR(400) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	id INTEGER NOT NULL, 
	code VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
INSERT INTO "datasource" VALUES('Crebo-lijst mbo 2023-2024 (kwalificaties en domeinen)','S-BB / DUO (via cedanl/instroomprognose-mbo)',2023,'Openbaar register; kopie onder Apache-2.0','https://github.com/cedanl/instroomprognose-mbo','Namen en crebo-codes van alle opleidingen, hun kwalificatiedossier en opleidingsdomein','real',1,'crebo-lijst');
INSERT INTO "datasource" VALUES('Lijst mbo-instellingen met BRIN','CEDA (cedanl/instroomprognose-mbo)',2024,'Apache-2.0','https://github.com/cedanl/instroomprognose-mbo','Namen en BRIN-codes van scholen','real',2,'brin-lijst');
INSERT INTO "datasource" VALUES('Gebieden in Nederland 2026 (86247NED)','CBS',2026,'CC BY 4.0','https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86247NED','Gemeenten en hun arbeidsmarktregio','real',3,'cbs-gebieden');
INSERT INTO "datasource" VALUES('Middelpunten van postcodes (PC4) en gemeenten','R-pakket spatialrisk (MHaringa)',2020,'GPL 2 of hoger','https://github.com/MHaringa/spatialrisk','Afstand van jouw postcode of woonplaats tot een school','real',4,'centroids');
INSERT INTO "datasource" VALUES('O*NET 30.2 Database (Interests en Occupation Data)','U.S. Department of Labor / ETA (O*NET)',2026,'CC BY 4.0','https://www.onetcenter.org/database.html','Interesseprofiel (RIASEC) van beroepen. Dit product gebruikt informatie uit de O*NET 30.2 Database van het U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), onder CC BY 4.0. O*NET® is een merk van USDOL/ETA, dat deze bewerking niet heeft goedgekeurd.','real',5,'onet');
INSERT INTO "datasource" VALUES('Studie en werk mbo 2023','SEO Economisch Onderzoek',2023,'Citaat van gepubliceerde cijfers','','Landelijk gemiddeld startsalaris (€ 1.877 bruto per maand), kans op een vast contract (35%) en tijd tot een eerste baan (9 maanden)','real',6,'seo-2023');
INSERT INTO "datasource" VALUES('Kamerstuk 31 524 nr. 590','Ministerie van OCW',2022,'Openbaar document','','Economische zelfstandigheid direct na het diploma: bbl 88% en bol 54%','real',7,'kamerstuk-590');
INSERT INTO "datasource" VALUES('Schoolverlatersonderzoek 2020','ROA',2020,'Citaat van gepubliceerde cijfers','','Meer dan 80% van de mbo-gediplomeerden heeft binnen drie maanden werk','real',8,'roa-2020');
INSERT INTO "datasource" VALUES('Advies Kansrijk opleiden','SBB Taskforce Kansrijk opleiden',2022,'Openbaar document','','Welke sectoren mensen tekortkomen (zorg, techniek, bouw en wonen, klimaat en energie, onderwijs, kinderopvang, veiligheid, ICT)','real',9,'taskforce-2022');
INSERT INTO "datasource" VALUES('Niveau, duur, leerwegen, beschrijvingen en doorstroom','kiesmbo',2026,'CC BY 4.0','','Door ons geschreven en gekozen op basis van de naam van de opleiding en kennis van de kwalificatiestructuur; nog niet gecontroleerd met het officiële register','curated',10,'kiesmbo-curatie');
INSERT INTO "datasource" VALUES('Welke school welke opleiding geeft','kiesmbo',2026,'CC BY 4.0','','Indicatief: afgeleid van de domeinen waar een school bekend om is. Kijk altijd op de site van de school.','curated',11,'kiesmbo-scholen');
INSERT INTO "datasource" VALUES('Schattingen van kans op werk en salaris per opleiding','kiesmbo',2023,'CC BY 4.0','','Kans op werk, startsalaris, vast contract, zelfstandigheid en kans op stage of leerbaan per opleiding: geschat vanaf de landelijke cijfers hierboven','estimate',12,'kiesmbo-schatting');
CREATE TABLE domain (
	name VARCHAR(120) NOT NULL, 
	code VARCHAR(5) NOT NULL, 
	slug VARCHAR(120) NOT NULL, 
	id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (slug)
);
INSERT INTO "domain" VALUES('Afbouw, hout en onderhoud','79010','afbouw-hout-en-onderhoud',1);
INSERT INTO "domain" VALUES('Ambacht, laboratorium en gezondheidstechniek','79030','ambacht-laboratorium-en-gezondheidstechniek',2);
INSERT INTO "domain" VALUES('Bouw en infra','79000','bouw-en-infra',3);
INSERT INTO "domain" VALUES('Economie en administratie','79090','economie-en-administratie',4);
INSERT INTO "domain" VALUES('Entree','79999','entree',5);
INSERT INTO "domain" VALUES('Handel en ondernemerschap','79080','handel-en-ondernemerschap',6);
INSERT INTO "domain" VALUES('Horeca en bakkerij','79120','horeca-en-bakkerij',7);
INSERT INTO "domain" VALUES('Informatie en communicatietechnologie','79050','informatie-en-communicatietechnologie',8);
INSERT INTO "domain" VALUES('Media en vormgeving','79040','media-en-vormgeving',9);
INSERT INTO "domain" VALUES('Mobiliteit en voertuigen','79060','mobiliteit-en-voertuigen',10);
INSERT INTO "domain" VALUES('Techniek en procesindustrie','79020','techniek-en-procesindustrie',11);
INSERT INTO "domain" VALUES('Toerisme en recreatie','79130','toerisme-en-recreatie',12);
INSERT INTO "domain" VALUES('Transport, scheepvaart en logistiek','79070','transport-scheepvaart-en-logistiek',13);
INSERT INTO "domain" VALUES('Uiterlijke verzorging','79110','uiterlijke-verzorging',14);
INSERT INTO "domain" VALUES('Veiligheid en sport','79100','veiligheid-en-sport',15);
INSERT INTO "domain" VALUES('Voedsel, natuur en leefomgeving','79160','voedsel-natuur-en-leefomgeving',16);
INSERT INTO "domain" VALUES('Zorg en welzijn','79140','zorg-en-welzijn',17);
CREATE TABLE figure (
	indicator VARCHAR(40) NOT NULL, 
	leerweg VARCHAR(3), 
	value FLOAT NOT NULL, 
	unit VARCHAR(20) NOT NULL, 
	year INTEGER NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	method_note VARCHAR(600) NOT NULL, 
	id INTEGER NOT NULL, 
	programme_id INTEGER NOT NULL, 
	region_id INTEGER, 
	is_current BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(programme_id) REFERENCES programme (id), 
	FOREIGN KEY(region_id) REFERENCES region (id)
);
INSERT INTO "figure" VALUES('work_12h',NULL,72.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein -7, niveau +2, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',1,1,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (72%): grenzen 68, 75, 81, 86.',2,1,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1880.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein -4, niveau +8, tekortsector +0 (procent), daarna gecentreerd op het landelijke gemiddelde.',3,1,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,29.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein -6, niveau +3, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',4,1,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',50.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein -5, niveau +2, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',5,1,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +0, niveau +0.',6,1,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',83.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein -5, niveau +2, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',7,1,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +0, niveau +0.',8,1,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,70.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein -7, niveau +0, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',9,2,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (70%): grenzen 68, 75, 81, 86.',10,2,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1740.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein -4, niveau +0, tekortsector +0 (procent), daarna gecentreerd op het landelijke gemiddelde.',11,2,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,26.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein -6, niveau +0, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',12,2,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',48.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein -5, niveau +0, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',13,2,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +0, niveau +0.',14,2,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',81.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein -5, niveau +0, tekortsector +0 (punten), daarna gecentreerd op het landelijke gemiddelde.',15,2,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +0, niveau +0.',16,2,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,85.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +3, niveau +2, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',17,3,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (85%): grenzen 68, 75, 81, 86.',18,3,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,2080.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +5, niveau +8, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',19,3,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,42.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +4, niveau +3, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',20,3,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',59.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +2, niveau +2, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',21,3,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +0, tekortsector +1, niveau +0.',22,3,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,62.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein -10, niveau -8, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',23,4,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,1.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (62%): grenzen 68, 75, 81, 86.',24,4,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1360.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein -12, niveau -15, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',25,4,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,17.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein -10, niveau -8, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',26,4,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',39.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein -8, niveau -8, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',27,4,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',3.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +1, niveau +0.',28,4,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',72.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein -8, niveau -8, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',29,4,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',2.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein -1, tekortsector +1, niveau -1.',30,4,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,86.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +6, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',31,5,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (86%): grenzen 68, 75, 81, 86.',32,5,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1990.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +8, niveau +0, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',33,5,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,42.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +7, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',34,5,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',60.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +5, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',35,5,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',36,5,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',93.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +5, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',37,5,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',38,5,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,83.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +6, niveau -3, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',39,6,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (83%): grenzen 68, 75, 81, 86.',40,6,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1790.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +4, niveau -7, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',41,6,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,38.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +6, niveau -3, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',42,6,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',56.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +4, niveau -3, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',43,6,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',44,6,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',89.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +4, niveau -3, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',45,6,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',46,6,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,85.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +3, niveau +2, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',47,7,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (85%): grenzen 68, 75, 81, 86.',48,7,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,2080.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +5, niveau +8, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',49,7,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,42.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +4, niveau +3, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',50,7,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',59.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +2, niveau +2, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',51,7,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +0, tekortsector +1, niveau +0.',52,7,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',92.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +2, niveau +2, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',53,7,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',4.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +0, tekortsector +1, niveau +0.',54,7,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,88.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +6, niveau +2, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',55,8,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (88%): grenzen 68, 75, 81, 86.',56,8,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,2060.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +4, niveau +8, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',57,8,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,44.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +6, niveau +3, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',58,8,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',61.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +4, niveau +2, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',59,8,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',60,8,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',94.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +4, niveau +2, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',61,8,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',62,8,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,86.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +6, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',63,9,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (86%): grenzen 68, 75, 81, 86.',64,9,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1920.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +4, niveau +0, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',65,9,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,41.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +6, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',66,9,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',59.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +4, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',67,9,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',68,9,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',92.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +4, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',69,9,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',70,9,NULL,1);
INSERT INTO "figure" VALUES('work_12h',NULL,86.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: ROA Schoolverlatersonderzoek 2020 (meer dan 80% heeft binnen drie maanden werk): 80. Aangepast voor domein +6, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',71,10,NULL,1);
INSERT INTO "figure" VALUES('job_chance',NULL,5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Afgeleid van het geschatte percentage met werk (86%): grenzen 68, 75, 81, 86.',72,10,NULL,1);
INSERT INTO "figure" VALUES('start_salary',NULL,1920.0,'eur_month',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddeld startsalaris, bruto per maand, circa 15 maanden na diploma): 1877. Aangepast voor domein +4, niveau +0, tekortsector +2 (procent), daarna gecentreerd op het landelijke gemiddelde.',73,10,NULL,1);
INSERT INTO "figure" VALUES('permanent_contract',NULL,41.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: SEO Studie en werk mbo 2023 (gemiddelde kans op een vast contract): 35. Aangepast voor domein +6, niveau +0, tekortsector +3 (punten), daarna gecentreerd op het landelijke gemiddelde.',74,10,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BOL',59.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bol: 54% economisch zelfstandig direct na diploma): 54. Aangepast voor domein +4, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',75,10,NULL,1);
INSERT INTO "figure" VALUES('internship_chance','BOL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',76,10,NULL,1);
INSERT INTO "figure" VALUES('economic_independence','BBL',92.0,'percent',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Start: Kamerstuk 31 524 nr. 590 (bbl: 88% economisch zelfstandig direct na diploma): 88. Aangepast voor domein +4, niveau +0, tekortsector +2 (punten), daarna gecentreerd op het landelijke gemiddelde.',77,10,NULL,1);
INSERT INTO "figure" VALUES('apprenticeship_chance','BBL',5.0,'step',2023,'kiesmbo, op basis van SEO 2023 en Kamerstuk 31 524','ESTIMATE','Schatting. Stap 3, aangepast voor domein +1, tekortsector +1, niveau +0.',78,10,NULL,1);
CREATE TABLE institution (
	name VARCHAR(200) NOT NULL, 
	short_name VARCHAR(120) NOT NULL, 
	kind VARCHAR NOT NULL, 
	city VARCHAR(80) NOT NULL, 
	latitude FLOAT NOT NULL, 
	longitude FLOAT NOT NULL, 
	id INTEGER NOT NULL, 
	brin VARCHAR(4) NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(municipality_id) REFERENCES municipality (id)
);
INSERT INTO "institution" VALUES('Albeda','Albeda','roc','Rotterdam',51.926986,4.304257,1,'00GT',165);
INSERT INTO "institution" VALUES('Landstede MBO','Landstede','roc','Zwolle',52.518629,6.1184,2,'01AA',42);
INSERT INTO "institution" VALUES('Terra (Onderwijsgroep Noord)','Onderwijsgroep Noord','aoc','Groningen',53.218588,6.620697,3,'01NJ',1);
INSERT INTO "institution" VALUES('Yuverta','Yuverta','aoc','Houten',52.004121,5.181724,4,'01OE',90);
INSERT INTO "institution" VALUES('Leidse instrumentmakers School','Leidse instrumentmakers School','vakschool','Leiden',52.154961,4.485089,5,'02OV',155);
INSERT INTO "institution" VALUES('Mediacollege Amsterdam','Mediacollege Amsterdam','vakschool','Amsterdam',52.372613,4.890053,6,'02PA',107);
INSERT INTO "institution" VALUES('HMC (Hout- en Meubileringscollege)','HMC MBO vakschool voor hout, meubel en interieur','vakschool','Rotterdam',51.926986,4.304257,7,'02PG',165);
INSERT INTO "institution" VALUES('Nimeto Utrecht','Nimeto','vakschool','Utrecht',52.091146,5.074747,8,'02PK',97);
INSERT INTO "institution" VALUES('Cibap vakschool voor verbeelding','Cibap vakschool voor vormgeving','vakschool','Zwolle',52.518629,6.1184,9,'02PN',42);
INSERT INTO "institution" VALUES('ROC Rivor','ROC Rivor','roc','Tiel',51.885103,5.406971,10,'04CY',73);
INSERT INTO "institution" VALUES('ROC Kop van Noord-Holland (VONK)','ROC Kop van Noord-Holland (VONK)','roc','Den Helder',52.922565,4.753934,11,'04EU',121);
INSERT INTO "institution" VALUES('Koning Willem I College','Koning Willem I College','roc','''s-Hertogenbosch',51.716814,5.352008,12,'04FO',208);
INSERT INTO "institution" VALUES('SOMA College','SOMA College','vakschool','Harderwijk',52.339465,5.655295,13,'04NZ',59);
INSERT INTO "institution" VALUES('Scheepvaart en Transport College (STC)','STC (Scheepvaart en Transport College)','vakschool','Rotterdam',51.926986,4.304257,14,'05EA',165);
INSERT INTO "institution" VALUES('ROC Friese Poort','ROC Friese Poort','roc','Drachten',53.113413,6.038973,15,'08PG',14);
INSERT INTO "institution" VALUES('Hoornbeeck College','Hoornbeeck College','roc','Amersfoort',52.173606,5.384681,16,'09MR',84);
INSERT INTO "institution" VALUES('ROC Menso Alting','ROC Menso Alting','roc','Groningen',53.218588,6.620697,17,'14NZ',1);
INSERT INTO "institution" VALUES('Lentiz onderwijsgroep','Lentiz onderwijsgroep','aoc','Maassluis',51.925224,4.248764,18,'14YD',158);
INSERT INTO "institution" VALUES('SVO vakopleiding food','SVO vakopleiding food','vakschool','Houten',52.004121,5.181724,19,'17WH',90);
INSERT INTO "institution" VALUES('Da Vinci College','ROC Da Vinci College','roc','Dordrecht',51.782028,4.709523,20,'20MQ',145);
INSERT INTO "institution" VALUES('Curio voedsel, groen en gastvrijheid','Curio voedsel, groen en gastvrijheid','aoc','Breda',51.585086,4.761479,21,'21CY',197);
INSERT INTO "institution" VALUES('Grafisch Lyceum Rotterdam','Grafisch Lyceum Rotterdam','vakschool','Rotterdam',51.926986,4.304257,22,'23JA',165);
INSERT INTO "institution" VALUES('Grafisch Lyceum Utrecht','Grafisch Lyceum Utrecht','vakschool','Utrecht',52.091146,5.074747,23,'23KG',97);
INSERT INTO "institution" VALUES('Graafschap College','Graafschap College','roc','Doetinchem',51.960767,6.286735,24,'24ZZ',52);
INSERT INTO "institution" VALUES('Clusius College','Clusius College','aoc','Alkmaar',52.601806,4.803311,25,'25EF',105);
INSERT INTO "institution" VALUES('Aeres MBO','Aeres','aoc','Ede',52.076425,5.728069,26,'25GV',55);
INSERT INTO "institution" VALUES('Rijn IJssel','Rijn IJssel','roc','Arnhem',52.001061,5.892641,27,'25LF',45);
INSERT INTO "institution" VALUES('Friesland College','Friesland College','roc','Leeuwarden',53.16998,5.797898,28,'25LG',10);
INSERT INTO "institution" VALUES('ROC Midden Nederland','ROC Midden Nederland','roc','Utrecht',52.091146,5.074747,29,'25LH',97);
INSERT INTO "institution" VALUES('ROC Ter AA','ROC Ter AA','roc','Helmond',51.476152,5.657021,30,'25LJ',207);
INSERT INTO "institution" VALUES('mboRijnland','mboRijnland','roc','Leiden',52.154961,4.485089,31,'25LN',155);
INSERT INTO "institution" VALUES('Zadkine','Zadkine','roc','Rotterdam',51.926986,4.304257,32,'25LP',165);
INSERT INTO "institution" VALUES('Gilde Opleidingen','Gilde Opleidingen','roc','Roermond',51.201163,6.011439,33,'25LT',244);
INSERT INTO "institution" VALUES('Alfa-college','Alfa-college','roc','Groningen',53.218588,6.620697,34,'25LU',1);
INSERT INTO "institution" VALUES('Scholengemeenschap De Rooi Pannen','SG De Rooi Pannen','vakschool','Tilburg',51.58343,5.077374,35,'25LV',223);
INSERT INTO "institution" VALUES('Noorderpoort','Noorderpoort','roc','Groningen',53.218588,6.620697,36,'25LW',1);
INSERT INTO "institution" VALUES('Curio','Curio','roc','Breda',51.585086,4.761479,37,'25LX',197);
INSERT INTO "institution" VALUES('ROC Tilburg (Onderwijsgroep Tilburg)','Onderwijsgroep Tilburg','roc','Tilburg',51.58343,5.077374,38,'25LZ',223);
INSERT INTO "institution" VALUES('Summa College','Summa College','roc','Eindhoven',51.449996,5.458872,39,'25MB',202);
INSERT INTO "institution" VALUES('Deltion College','Deltion College','roc','Zwolle',52.518629,6.1184,40,'25PJ',42);
INSERT INTO "institution" VALUES('VISTA college','VISTA college','roc','Heerlen',50.893302,5.969477,41,'25PL',238);
INSERT INTO "institution" VALUES('ROC A12','ROC A12','roc','Ede',52.076425,5.728069,42,'25PM',55);
INSERT INTO "institution" VALUES('ROC Nijmegen','ROC Nijmegen','roc','Nijmegen',51.838527,5.836792,43,'25PN',66);
INSERT INTO "institution" VALUES('Scalda','Scalda','roc','Terneuzen',51.287893,3.845915,44,'25PV',185);
INSERT INTO "institution" VALUES('Drenthe College','Drenthe College','roc','Assen',53.001252,6.552514,45,'25PW',18);
INSERT INTO "institution" VALUES('Nova College','ROC Nova College','roc','Haarlem',52.383428,4.647553,46,'25PX',116);
INSERT INTO "institution" VALUES('ROC van Amsterdam','ROC van Amsterdam','roc','Amsterdam',52.372613,4.890053,47,'25PZ',107);
INSERT INTO "institution" VALUES('Regio College','Regio College','roc','Zaandam',52.462917,4.773024,48,'25RA',138);
INSERT INTO "institution" VALUES('Aventus','Aventus','roc','Apeldoorn',52.189865,5.921913,49,'27DV',44);
INSERT INTO "institution" VALUES('ROC Mondriaan','ROC Mondriaan','roc','Den Haag',52.068523,4.300277,50,'27GZ',148);
INSERT INTO "institution" VALUES('ROC van Twente','ROC van Twente','roc','Hengelo',52.254983,6.778245,51,'27YU',31);
INSERT INTO "institution" VALUES('ROC De Leijgraaf','ROC De Leijgraaf','roc','Veghel',51.592248,5.506409,52,'28DE',324);
INSERT INTO "institution" VALUES('SintLucas','SintLucas','vakschool','Boxtel',51.581154,5.324074,53,'30BC',196);
INSERT INTO "institution" VALUES('ROC TOP','ROC TOP','roc','Amsterdam',52.372613,4.890053,54,'30RM',107);
INSERT INTO "institution" VALUES('MBO Utrecht','MBO Utrecht','roc','Utrecht',52.091146,5.074747,55,'30RN',97);
INSERT INTO "institution" VALUES('MBO Amersfoort','MBO Amersfoort','roc','Amersfoort',52.173606,5.384681,56,'30RR',84);
INSERT INTO "institution" VALUES('Zone.college','Zone.college','aoc','Almelo',52.347952,6.658137,57,'31JC',23);
CREATE TABLE municipality (
	name VARCHAR(80) NOT NULL, 
	latitude FLOAT NOT NULL, 
	longitude FLOAT NOT NULL, 
	centroid_basis VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	code VARCHAR(6) NOT NULL, 
	region_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(region_id) REFERENCES region (id)
);
INSERT INTO "municipality" VALUES('Groningen',53.218588,6.620697,'spatialrisk nl_gemeente centroid (about 2021)',1,'GM0014',10);
INSERT INTO "municipality" VALUES('Almere',52.36719,5.246651,'spatialrisk nl_gemeente centroid (about 2021)',2,'GM0034',5);
INSERT INTO "municipality" VALUES('Stadskanaal',53.002118,7.01025,'spatialrisk nl_gemeente centroid (about 2021)',3,'GM0037',10);
INSERT INTO "municipality" VALUES('Veendam',53.089004,6.880065,'spatialrisk nl_gemeente centroid (about 2021)',4,'GM0047',10);
INSERT INTO "municipality" VALUES('Zeewolde',52.345936,5.450902,'spatialrisk nl_gemeente centroid (about 2021)',5,'GM0050',28);
INSERT INTO "municipality" VALUES('Achtkarspelen',53.21669,6.143157,'spatialrisk nl_gemeente centroid (about 2021)',6,'GM0059',7);
INSERT INTO "municipality" VALUES('Ameland',53.450824,5.751426,'spatialrisk nl_gemeente centroid (about 2021)',7,'GM0060',7);
INSERT INTO "municipality" VALUES('Harlingen',53.17537,5.451932,'spatialrisk nl_gemeente centroid (about 2021)',8,'GM0072',7);
INSERT INTO "municipality" VALUES('Heerenveen',52.995999,5.978027,'spatialrisk nl_gemeente centroid (about 2021)',9,'GM0074',7);
INSERT INTO "municipality" VALUES('Leeuwarden',53.16998,5.797898,'spatialrisk nl_gemeente centroid (about 2021)',10,'GM0080',7);
INSERT INTO "municipality" VALUES('Ooststellingwerf',52.98238,6.282968,'spatialrisk nl_gemeente centroid (about 2021)',11,'GM0085',7);
INSERT INTO "municipality" VALUES('Opsterland',53.049152,6.112715,'spatialrisk nl_gemeente centroid (about 2021)',12,'GM0086',7);
INSERT INTO "municipality" VALUES('Schiermonnikoog',53.492656,6.232556,'spatialrisk nl_gemeente centroid (about 2021)',13,'GM0088',7);
INSERT INTO "municipality" VALUES('Smallingerland',53.113413,6.038973,'spatialrisk nl_gemeente centroid (about 2021)',14,'GM0090',7);
INSERT INTO "municipality" VALUES('Terschelling',53.398942,5.331595,'spatialrisk nl_gemeente centroid (about 2021)',15,'GM0093',7);
INSERT INTO "municipality" VALUES('Vlieland',53.259164,4.973286,'spatialrisk nl_gemeente centroid (about 2021)',16,'GM0096',7);
INSERT INTO "municipality" VALUES('Weststellingwerf',52.875748,6.017659,'spatialrisk nl_gemeente centroid (about 2021)',17,'GM0098',7);
INSERT INTO "municipality" VALUES('Assen',53.001252,6.552514,'spatialrisk nl_gemeente centroid (about 2021)',18,'GM0106',10);
INSERT INTO "municipality" VALUES('Coevorden',52.740234,6.735941,'spatialrisk nl_gemeente centroid (about 2021)',19,'GM0109',4);
INSERT INTO "municipality" VALUES('Emmen',52.749641,6.961921,'spatialrisk nl_gemeente centroid (about 2021)',20,'GM0114',4);
INSERT INTO "municipality" VALUES('Hoogeveen',52.72308,6.513614,'spatialrisk nl_gemeente centroid (about 2021)',21,'GM0118',4);
INSERT INTO "municipality" VALUES('Meppel',52.71595,6.193905,'spatialrisk nl_gemeente centroid (about 2021)',22,'GM0119',23);
INSERT INTO "municipality" VALUES('Almelo',52.347952,6.658137,'spatialrisk nl_gemeente centroid (about 2021)',23,'GM0141',27);
INSERT INTO "municipality" VALUES('Borne',52.312348,6.74353,'spatialrisk nl_gemeente centroid (about 2021)',24,'GM0147',27);
INSERT INTO "municipality" VALUES('Dalfsen',52.514716,6.276673,'spatialrisk nl_gemeente centroid (about 2021)',25,'GM0148',23);
INSERT INTO "municipality" VALUES('Deventer',52.268219,6.235798,'spatialrisk nl_gemeente centroid (about 2021)',26,'GM0150',28);
INSERT INTO "municipality" VALUES('Enschede',52.220786,6.87777,'spatialrisk nl_gemeente centroid (about 2021)',27,'GM0153',27);
INSERT INTO "municipality" VALUES('Haaksbergen',52.155517,6.755873,'spatialrisk nl_gemeente centroid (about 2021)',28,'GM0158',27);
INSERT INTO "municipality" VALUES('Hardenberg',52.585636,6.57414,'spatialrisk nl_gemeente centroid (about 2021)',29,'GM0160',23);
INSERT INTO "municipality" VALUES('Hellendoorn',52.386371,6.45082,'spatialrisk nl_gemeente centroid (about 2021)',30,'GM0163',27);
INSERT INTO "municipality" VALUES('Hengelo',52.254983,6.778245,'spatialrisk nl_gemeente centroid (about 2021)',31,'GM0164',27);
INSERT INTO "municipality" VALUES('Kampen',52.55589,5.930902,'spatialrisk nl_gemeente centroid (about 2021)',32,'GM0166',23);
INSERT INTO "municipality" VALUES('Losser',52.302852,7.002785,'spatialrisk nl_gemeente centroid (about 2021)',33,'GM0168',27);
INSERT INTO "municipality" VALUES('Noordoostpolder',52.712714,5.768073,'spatialrisk nl_gemeente centroid (about 2021)',34,'GM0171',5);
INSERT INTO "municipality" VALUES('Oldenzaal',52.307708,6.911052,'spatialrisk nl_gemeente centroid (about 2021)',35,'GM0173',27);
INSERT INTO "municipality" VALUES('Ommen',52.516135,6.434761,'spatialrisk nl_gemeente centroid (about 2021)',36,'GM0175',23);
INSERT INTO "municipality" VALUES('Raalte',52.387819,6.279043,'spatialrisk nl_gemeente centroid (about 2021)',37,'GM0177',23);
INSERT INTO "municipality" VALUES('Staphorst',52.633517,6.20708,'spatialrisk nl_gemeente centroid (about 2021)',38,'GM0180',23);
INSERT INTO "municipality" VALUES('Tubbergen',52.410592,6.776687,'spatialrisk nl_gemeente centroid (about 2021)',39,'GM0183',27);
INSERT INTO "municipality" VALUES('Urk',52.664821,5.622914,'spatialrisk nl_gemeente centroid (about 2021)',40,'GM0184',5);
INSERT INTO "municipality" VALUES('Wierden',52.344444,6.560593,'spatialrisk nl_gemeente centroid (about 2021)',41,'GM0189',27);
INSERT INTO "municipality" VALUES('Zwolle',52.518629,6.1184,'spatialrisk nl_gemeente centroid (about 2021)',42,'GM0193',23);
INSERT INTO "municipality" VALUES('Aalten',51.921779,6.560609,'spatialrisk nl_gemeente centroid (about 2021)',43,'GM0197',1);
INSERT INTO "municipality" VALUES('Apeldoorn',52.189865,5.921913,'spatialrisk nl_gemeente centroid (about 2021)',44,'GM0200',28);
INSERT INTO "municipality" VALUES('Arnhem',52.001061,5.892641,'spatialrisk nl_gemeente centroid (about 2021)',45,'GM0202',16);
INSERT INTO "municipality" VALUES('Barneveld',52.168294,5.641856,'spatialrisk nl_gemeente centroid (about 2021)',46,'GM0203',6);
INSERT INTO "municipality" VALUES('Beuningen',51.862802,5.740255,'spatialrisk nl_gemeente centroid (about 2021)',47,'GM0209',24);
INSERT INTO "municipality" VALUES('Brummen',52.108942,6.118454,'spatialrisk nl_gemeente centroid (about 2021)',48,'GM0213',28);
INSERT INTO "municipality" VALUES('Buren',51.938332,5.403611,'spatialrisk nl_gemeente centroid (about 2021)',49,'GM0214',26);
INSERT INTO "municipality" VALUES('Culemborg',51.945788,5.210383,'spatialrisk nl_gemeente centroid (about 2021)',50,'GM0216',26);
INSERT INTO "municipality" VALUES('Doesburg',52.018761,6.14681,'spatialrisk nl_gemeente centroid (about 2021)',51,'GM0221',16);
INSERT INTO "municipality" VALUES('Doetinchem',51.960767,6.286735,'spatialrisk nl_gemeente centroid (about 2021)',52,'GM0222',1);
INSERT INTO "municipality" VALUES('Druten',51.874965,5.612177,'spatialrisk nl_gemeente centroid (about 2021)',53,'GM0225',24);
INSERT INTO "municipality" VALUES('Duiven',51.946515,6.018126,'spatialrisk nl_gemeente centroid (about 2021)',54,'GM0226',16);
INSERT INTO "municipality" VALUES('Ede',52.076425,5.728069,'spatialrisk nl_gemeente centroid (about 2021)',55,'GM0228',6);
INSERT INTO "municipality" VALUES('Elburg',52.412087,5.849943,'spatialrisk nl_gemeente centroid (about 2021)',56,'GM0230',23);
INSERT INTO "municipality" VALUES('Epe',52.325514,5.954946,'spatialrisk nl_gemeente centroid (about 2021)',57,'GM0232',28);
INSERT INTO "municipality" VALUES('Ermelo',52.287707,5.668245,'spatialrisk nl_gemeente centroid (about 2021)',58,'GM0233',28);
INSERT INTO "municipality" VALUES('Harderwijk',52.339465,5.655295,'spatialrisk nl_gemeente centroid (about 2021)',59,'GM0243',28);
INSERT INTO "municipality" VALUES('Hattem',52.474822,6.053142,'spatialrisk nl_gemeente centroid (about 2021)',60,'GM0244',23);
INSERT INTO "municipality" VALUES('Heerde',52.406039,6.050363,'spatialrisk nl_gemeente centroid (about 2021)',61,'GM0246',28);
INSERT INTO "municipality" VALUES('Heumen',51.777875,5.8185,'spatialrisk nl_gemeente centroid (about 2021)',62,'GM0252',24);
INSERT INTO "municipality" VALUES('Lochem',52.179465,6.346914,'spatialrisk nl_gemeente centroid (about 2021)',63,'GM0262',28);
INSERT INTO "municipality" VALUES('Maasdriel',51.776235,5.296976,'spatialrisk nl_gemeente centroid (about 2021)',64,'GM0263',26);
INSERT INTO "municipality" VALUES('Nijkerk',52.210861,5.485744,'spatialrisk nl_gemeente centroid (about 2021)',65,'GM0267',2);
INSERT INTO "municipality" VALUES('Nijmegen',51.838527,5.836792,'spatialrisk nl_gemeente centroid (about 2021)',66,'GM0268',24);
INSERT INTO "municipality" VALUES('Oldebroek',52.456734,5.937618,'spatialrisk nl_gemeente centroid (about 2021)',67,'GM0269',23);
INSERT INTO "municipality" VALUES('Putten',52.243243,5.584372,'spatialrisk nl_gemeente centroid (about 2021)',68,'GM0273',28);
INSERT INTO "municipality" VALUES('Renkum',51.989628,5.78484,'spatialrisk nl_gemeente centroid (about 2021)',69,'GM0274',6);
INSERT INTO "municipality" VALUES('Rheden',52.03357,6.051256,'spatialrisk nl_gemeente centroid (about 2021)',70,'GM0275',16);
INSERT INTO "municipality" VALUES('Rozendaal',52.042519,5.967941,'spatialrisk nl_gemeente centroid (about 2021)',71,'GM0277',16);
INSERT INTO "municipality" VALUES('Scherpenzeel',52.08932,5.50047,'spatialrisk nl_gemeente centroid (about 2021)',72,'GM0279',6);
INSERT INTO "municipality" VALUES('Tiel',51.885103,5.406971,'spatialrisk nl_gemeente centroid (about 2021)',73,'GM0281',26);
INSERT INTO "municipality" VALUES('Voorst',52.225528,6.099112,'spatialrisk nl_gemeente centroid (about 2021)',74,'GM0285',28);
INSERT INTO "municipality" VALUES('Wageningen',51.973492,5.663516,'spatialrisk nl_gemeente centroid (about 2021)',75,'GM0289',6);
INSERT INTO "municipality" VALUES('Westervoort',51.957498,5.970823,'spatialrisk nl_gemeente centroid (about 2021)',76,'GM0293',16);
INSERT INTO "municipality" VALUES('Winterswijk',51.969854,6.725904,'spatialrisk nl_gemeente centroid (about 2021)',77,'GM0294',1);
INSERT INTO "municipality" VALUES('Wijchen',51.816727,5.701933,'spatialrisk nl_gemeente centroid (about 2021)',78,'GM0296',24);
INSERT INTO "municipality" VALUES('Zaltbommel',51.792245,5.158521,'spatialrisk nl_gemeente centroid (about 2021)',79,'GM0297',26);
INSERT INTO "municipality" VALUES('Zevenaar',51.924136,6.085299,'spatialrisk nl_gemeente centroid (about 2021)',80,'GM0299',16);
INSERT INTO "municipality" VALUES('Zutphen',52.136338,6.233917,'spatialrisk nl_gemeente centroid (about 2021)',81,'GM0301',28);
INSERT INTO "municipality" VALUES('Nunspeet',52.338952,5.786577,'spatialrisk nl_gemeente centroid (about 2021)',82,'GM0302',23);
INSERT INTO "municipality" VALUES('Dronten',52.502667,5.701739,'spatialrisk nl_gemeente centroid (about 2021)',83,'GM0303',5);
INSERT INTO "municipality" VALUES('Amersfoort',52.173606,5.384681,'spatialrisk nl_gemeente centroid (about 2021)',84,'GM0307',2);
INSERT INTO "municipality" VALUES('Baarn',52.203834,5.26419,'spatialrisk nl_gemeente centroid (about 2021)',85,'GM0308',2);
INSERT INTO "municipality" VALUES('De Bilt',52.141732,5.174355,'spatialrisk nl_gemeente centroid (about 2021)',86,'GM0310',19);
INSERT INTO "municipality" VALUES('Bunnik',52.040959,5.216957,'spatialrisk nl_gemeente centroid (about 2021)',87,'GM0312',19);
INSERT INTO "municipality" VALUES('Bunschoten',52.238719,5.358015,'spatialrisk nl_gemeente centroid (about 2021)',88,'GM0313',2);
INSERT INTO "municipality" VALUES('Eemnes',52.249886,5.27966,'spatialrisk nl_gemeente centroid (about 2021)',89,'GM0317',8);
INSERT INTO "municipality" VALUES('Houten',52.004121,5.181724,'spatialrisk nl_gemeente centroid (about 2021)',90,'GM0321',19);
INSERT INTO "municipality" VALUES('Leusden',52.122253,5.41652,'spatialrisk nl_gemeente centroid (about 2021)',91,'GM0327',2);
INSERT INTO "municipality" VALUES('Lopik',51.985396,4.945574,'spatialrisk nl_gemeente centroid (about 2021)',92,'GM0331',19);
INSERT INTO "municipality" VALUES('Montfoort',52.047711,4.944089,'spatialrisk nl_gemeente centroid (about 2021)',93,'GM0335',19);
INSERT INTO "municipality" VALUES('Renswoude',52.068973,5.534167,'spatialrisk nl_gemeente centroid (about 2021)',94,'GM0339',6);
INSERT INTO "municipality" VALUES('Rhenen',51.980779,5.560489,'spatialrisk nl_gemeente centroid (about 2021)',95,'GM0340',6);
INSERT INTO "municipality" VALUES('Soest',52.156197,5.296291,'spatialrisk nl_gemeente centroid (about 2021)',96,'GM0342',2);
INSERT INTO "municipality" VALUES('Utrecht',52.091146,5.074747,'spatialrisk nl_gemeente centroid (about 2021)',97,'GM0344',19);
INSERT INTO "municipality" VALUES('Veenendaal',52.023679,5.555665,'spatialrisk nl_gemeente centroid (about 2021)',98,'GM0345',6);
INSERT INTO "municipality" VALUES('Woudenberg',52.081145,5.426801,'spatialrisk nl_gemeente centroid (about 2021)',99,'GM0351',2);
INSERT INTO "municipality" VALUES('Wijk bij Duurstede',51.989225,5.325261,'spatialrisk nl_gemeente centroid (about 2021)',100,'GM0352',19);
INSERT INTO "municipality" VALUES('IJsselstein',52.027682,5.028862,'spatialrisk nl_gemeente centroid (about 2021)',101,'GM0353',19);
INSERT INTO "municipality" VALUES('Zeist',52.101965,5.255253,'spatialrisk nl_gemeente centroid (about 2021)',102,'GM0355',19);
INSERT INTO "municipality" VALUES('Nieuwegein',52.030802,5.094654,'spatialrisk nl_gemeente centroid (about 2021)',103,'GM0356',19);
INSERT INTO "municipality" VALUES('Aalsmeer',52.257734,4.75509,'spatialrisk nl_gemeente centroid (about 2021)',104,'GM0358',11);
INSERT INTO "municipality" VALUES('Alkmaar',52.601806,4.803311,'spatialrisk nl_gemeente centroid (about 2021)',105,'GM0361',20);
INSERT INTO "municipality" VALUES('Amstelveen',52.289257,4.851496,'spatialrisk nl_gemeente centroid (about 2021)',106,'GM0362',11);
INSERT INTO "municipality" VALUES('Amsterdam',52.372613,4.890053,'spatialrisk nl_gemeente centroid (about 2021)',107,'GM0363',11);
INSERT INTO "municipality" VALUES('Bergen (NH.)',52.663466,4.669917,'spatialrisk nl_gemeente centroid (about 2021)',108,'GM0373',20);
INSERT INTO "municipality" VALUES('Beverwijk',52.484113,4.653503,'spatialrisk nl_gemeente centroid (about 2021)',109,'GM0375',33);
INSERT INTO "municipality" VALUES('Blaricum',52.279574,5.260062,'spatialrisk nl_gemeente centroid (about 2021)',110,'GM0376',8);
INSERT INTO "municipality" VALUES('Bloemendaal',52.381901,4.585844,'spatialrisk nl_gemeente centroid (about 2021)',111,'GM0377',33);
INSERT INTO "municipality" VALUES('Castricum',52.556969,4.682918,'spatialrisk nl_gemeente centroid (about 2021)',112,'GM0383',20);
INSERT INTO "municipality" VALUES('Diemen',52.336455,4.986953,'spatialrisk nl_gemeente centroid (about 2021)',113,'GM0384',11);
INSERT INTO "municipality" VALUES('Edam-Volendam',52.541364,5.018973,'spatialrisk nl_gemeente centroid (about 2021)',114,'GM0385',30);
INSERT INTO "municipality" VALUES('Enkhuizen',52.720874,5.27068,'spatialrisk nl_gemeente centroid (about 2021)',115,'GM0388',20);
INSERT INTO "municipality" VALUES('Haarlem',52.383428,4.647553,'spatialrisk nl_gemeente centroid (about 2021)',116,'GM0392',33);
INSERT INTO "municipality" VALUES('Haarlemmermeer',52.308079,4.686444,'spatialrisk nl_gemeente centroid (about 2021)',117,'GM0394',11);
INSERT INTO "municipality" VALUES('Heemskerk',52.511937,4.648183,'spatialrisk nl_gemeente centroid (about 2021)',118,'GM0396',33);
INSERT INTO "municipality" VALUES('Heemstede',52.344765,4.615429,'spatialrisk nl_gemeente centroid (about 2021)',119,'GM0397',33);
INSERT INTO "municipality" VALUES('Heiloo',52.599862,4.708519,'spatialrisk nl_gemeente centroid (about 2021)',120,'GM0399',20);
INSERT INTO "municipality" VALUES('Den Helder',52.922565,4.753934,'spatialrisk nl_gemeente centroid (about 2021)',121,'GM0400',20);
INSERT INTO "municipality" VALUES('Hilversum',52.223206,5.167916,'spatialrisk nl_gemeente centroid (about 2021)',122,'GM0402',8);
INSERT INTO "municipality" VALUES('Hoorn',52.656124,5.070032,'spatialrisk nl_gemeente centroid (about 2021)',123,'GM0405',20);
INSERT INTO "municipality" VALUES('Huizen',52.292205,5.231777,'spatialrisk nl_gemeente centroid (about 2021)',124,'GM0406',8);
INSERT INTO "municipality" VALUES('Landsmeer',52.450569,4.924563,'spatialrisk nl_gemeente centroid (about 2021)',125,'GM0415',30);
INSERT INTO "municipality" VALUES('Laren',52.247142,5.217055,'spatialrisk nl_gemeente centroid (about 2021)',126,'GM0417',8);
INSERT INTO "municipality" VALUES('Medemblik',52.720801,5.099199,'spatialrisk nl_gemeente centroid (about 2021)',127,'GM0420',20);
INSERT INTO "municipality" VALUES('Oostzaan',52.451924,4.876119,'spatialrisk nl_gemeente centroid (about 2021)',128,'GM0431',30);
INSERT INTO "municipality" VALUES('Opmeer',52.715251,4.953407,'spatialrisk nl_gemeente centroid (about 2021)',129,'GM0432',20);
INSERT INTO "municipality" VALUES('Ouder-Amstel',52.289364,4.913504,'spatialrisk nl_gemeente centroid (about 2021)',130,'GM0437',11);
INSERT INTO "municipality" VALUES('Purmerend',52.502155,4.97106,'spatialrisk nl_gemeente centroid (about 2021)',131,'GM0439',30);
INSERT INTO "municipality" VALUES('Schagen',52.78426,4.748185,'spatialrisk nl_gemeente centroid (about 2021)',132,'GM0441',20);
INSERT INTO "municipality" VALUES('Texel',53.07907,4.805364,'spatialrisk nl_gemeente centroid (about 2021)',133,'GM0448',20);
INSERT INTO "municipality" VALUES('Uitgeest',52.523423,4.728605,'spatialrisk nl_gemeente centroid (about 2021)',134,'GM0450',20);
INSERT INTO "municipality" VALUES('Uithoorn',52.236913,4.790888,'spatialrisk nl_gemeente centroid (about 2021)',135,'GM0451',11);
INSERT INTO "municipality" VALUES('Velsen',52.449601,4.629484,'spatialrisk nl_gemeente centroid (about 2021)',136,'GM0453',33);
INSERT INTO "municipality" VALUES('Zandvoort',52.358065,4.543513,'spatialrisk nl_gemeente centroid (about 2021)',137,'GM0473',33);
INSERT INTO "municipality" VALUES('Zaanstad',52.462917,4.773024,'spatialrisk nl_gemeente centroid (about 2021)',138,'GM0479',30);
INSERT INTO "municipality" VALUES('Alblasserdam',51.864621,4.665777,'spatialrisk nl_gemeente centroid (about 2021)',139,'GM0482',3);
INSERT INTO "municipality" VALUES('Alphen aan den Rijn',52.113304,4.64097,'spatialrisk nl_gemeente centroid (about 2021)',140,'GM0484',14);
INSERT INTO "municipality" VALUES('Barendrecht',51.851059,4.525396,'spatialrisk nl_gemeente centroid (about 2021)',141,'GM0489',25);
INSERT INTO "municipality" VALUES('Drechterland',52.663932,5.164996,'spatialrisk nl_gemeente centroid (about 2021)',142,'GM0498',20);
INSERT INTO "municipality" VALUES('Capelle aan den IJssel',51.934957,4.580166,'spatialrisk nl_gemeente centroid (about 2021)',143,'GM0502',25);
INSERT INTO "municipality" VALUES('Delft',51.998469,4.363104,'spatialrisk nl_gemeente centroid (about 2021)',144,'GM0503',12);
INSERT INTO "municipality" VALUES('Dordrecht',51.782028,4.709523,'spatialrisk nl_gemeente centroid (about 2021)',145,'GM0505',3);
INSERT INTO "municipality" VALUES('Gorinchem',51.838442,4.977041,'spatialrisk nl_gemeente centroid (about 2021)',146,'GM0512',9);
INSERT INTO "municipality" VALUES('Gouda',52.015299,4.706215,'spatialrisk nl_gemeente centroid (about 2021)',147,'GM0513',17);
INSERT INTO "municipality" VALUES('''s-Gravenhage',52.068523,4.300277,'spatialrisk nl_gemeente centroid (about 2021)',148,'GM0518',12);
INSERT INTO "municipality" VALUES('Hardinxveld-Giessendam',51.832636,4.852412,'spatialrisk nl_gemeente centroid (about 2021)',149,'GM0523',3);
INSERT INTO "municipality" VALUES('Hendrik-Ido-Ambacht',51.841745,4.638813,'spatialrisk nl_gemeente centroid (about 2021)',150,'GM0531',3);
INSERT INTO "municipality" VALUES('Stede Broec',52.700988,5.225244,'spatialrisk nl_gemeente centroid (about 2021)',151,'GM0532',20);
INSERT INTO "municipality" VALUES('Hillegom',52.296779,4.576915,'spatialrisk nl_gemeente centroid (about 2021)',152,'GM0534',14);
INSERT INTO "municipality" VALUES('Katwijk',52.189785,4.422463,'spatialrisk nl_gemeente centroid (about 2021)',153,'GM0537',14);
INSERT INTO "municipality" VALUES('Krimpen aan den IJssel',51.914686,4.601972,'spatialrisk nl_gemeente centroid (about 2021)',154,'GM0542',25);
INSERT INTO "municipality" VALUES('Leiden',52.154961,4.485089,'spatialrisk nl_gemeente centroid (about 2021)',155,'GM0546',14);
INSERT INTO "municipality" VALUES('Leiderdorp',52.156686,4.542062,'spatialrisk nl_gemeente centroid (about 2021)',156,'GM0547',14);
INSERT INTO "municipality" VALUES('Lisse',52.255533,4.545807,'spatialrisk nl_gemeente centroid (about 2021)',157,'GM0553',14);
INSERT INTO "municipality" VALUES('Maassluis',51.925224,4.248764,'spatialrisk nl_gemeente centroid (about 2021)',158,'GM0556',25);
INSERT INTO "municipality" VALUES('Nieuwkoop',52.170815,4.779472,'spatialrisk nl_gemeente centroid (about 2021)',159,'GM0569',14);
INSERT INTO "municipality" VALUES('Noordwijk',52.269809,4.484588,'spatialrisk nl_gemeente centroid (about 2021)',160,'GM0575',14);
INSERT INTO "municipality" VALUES('Oegstgeest',52.185609,4.471235,'spatialrisk nl_gemeente centroid (about 2021)',161,'GM0579',14);
INSERT INTO "municipality" VALUES('Oudewater',52.02745,4.864188,'spatialrisk nl_gemeente centroid (about 2021)',162,'GM0589',19);
INSERT INTO "municipality" VALUES('Papendrecht',51.83325,4.703395,'spatialrisk nl_gemeente centroid (about 2021)',163,'GM0590',3);
INSERT INTO "municipality" VALUES('Ridderkerk',51.868813,4.596203,'spatialrisk nl_gemeente centroid (about 2021)',164,'GM0597',25);
INSERT INTO "municipality" VALUES('Rotterdam',51.926986,4.304257,'spatialrisk nl_gemeente centroid (about 2021)',165,'GM0599',25);
INSERT INTO "municipality" VALUES('Rijswijk',52.036171,4.326012,'spatialrisk nl_gemeente centroid (about 2021)',166,'GM0603',12);
INSERT INTO "municipality" VALUES('Schiedam',51.926779,4.385272,'spatialrisk nl_gemeente centroid (about 2021)',167,'GM0606',25);
INSERT INTO "municipality" VALUES('Sliedrecht',51.830678,4.772959,'spatialrisk nl_gemeente centroid (about 2021)',168,'GM0610',3);
INSERT INTO "municipality" VALUES('Albrandswaard',51.85204,4.4357,'spatialrisk nl_gemeente centroid (about 2021)',169,'GM0613',25);
INSERT INTO "municipality" VALUES('Vlaardingen',51.917415,4.327941,'spatialrisk nl_gemeente centroid (about 2021)',170,'GM0622',25);
INSERT INTO "municipality" VALUES('Voorschoten',52.124804,4.438607,'spatialrisk nl_gemeente centroid (about 2021)',171,'GM0626',32);
INSERT INTO "municipality" VALUES('Waddinxveen',52.042402,4.640714,'spatialrisk nl_gemeente centroid (about 2021)',172,'GM0627',17);
INSERT INTO "municipality" VALUES('Wassenaar',52.137599,4.373181,'spatialrisk nl_gemeente centroid (about 2021)',173,'GM0629',32);
INSERT INTO "municipality" VALUES('Woerden',52.10694,4.898877,'spatialrisk nl_gemeente centroid (about 2021)',174,'GM0632',19);
INSERT INTO "municipality" VALUES('Zoetermeer',52.060897,4.489798,'spatialrisk nl_gemeente centroid (about 2021)',175,'GM0637',32);
INSERT INTO "municipality" VALUES('Zoeterwoude',52.114803,4.513863,'spatialrisk nl_gemeente centroid (about 2021)',176,'GM0638',14);
INSERT INTO "municipality" VALUES('Zwijndrecht',51.8219,4.605787,'spatialrisk nl_gemeente centroid (about 2021)',177,'GM0642',3);
INSERT INTO "municipality" VALUES('Borsele',51.445195,3.812966,'spatialrisk nl_gemeente centroid (about 2021)',178,'GM0654',31);
INSERT INTO "municipality" VALUES('Goes',51.515155,3.84484,'spatialrisk nl_gemeente centroid (about 2021)',179,'GM0664',31);
INSERT INTO "municipality" VALUES('West Maas en Waal',51.851637,5.496641,'spatialrisk nl_gemeente centroid (about 2021)',180,'GM0668',26);
INSERT INTO "municipality" VALUES('Hulst',51.322163,4.068123,'spatialrisk nl_gemeente centroid (about 2021)',181,'GM0677',31);
INSERT INTO "municipality" VALUES('Kapelle',51.484747,3.967576,'spatialrisk nl_gemeente centroid (about 2021)',182,'GM0678',31);
INSERT INTO "municipality" VALUES('Middelburg',51.501795,3.647582,'spatialrisk nl_gemeente centroid (about 2021)',183,'GM0687',31);
INSERT INTO "municipality" VALUES('Reimerswaal',51.437072,4.137415,'spatialrisk nl_gemeente centroid (about 2021)',184,'GM0703',31);
INSERT INTO "municipality" VALUES('Terneuzen',51.287893,3.845915,'spatialrisk nl_gemeente centroid (about 2021)',185,'GM0715',31);
INSERT INTO "municipality" VALUES('Tholen',51.57299,4.132803,'spatialrisk nl_gemeente centroid (about 2021)',186,'GM0716',31);
INSERT INTO "municipality" VALUES('Veere',51.537729,3.556912,'spatialrisk nl_gemeente centroid (about 2021)',187,'GM0717',31);
INSERT INTO "municipality" VALUES('Vlissingen',51.460264,3.619042,'spatialrisk nl_gemeente centroid (about 2021)',188,'GM0718',31);
INSERT INTO "municipality" VALUES('De Ronde Venen',52.226364,4.917373,'spatialrisk nl_gemeente centroid (about 2021)',189,'GM0736',11);
INSERT INTO "municipality" VALUES('Tytsjerksteradiel',53.199883,5.96275,'spatialrisk nl_gemeente centroid (about 2021)',190,'GM0737',7);
INSERT INTO "municipality" VALUES('Asten',51.386381,5.779265,'spatialrisk nl_gemeente centroid (about 2021)',191,'GM0743',13);
INSERT INTO "municipality" VALUES('Baarle-Nassau',51.438968,4.89304,'spatialrisk nl_gemeente centroid (about 2021)',192,'GM0744',15);
INSERT INTO "municipality" VALUES('Bergen op Zoom',51.503474,4.288315,'spatialrisk nl_gemeente centroid (about 2021)',193,'GM0748',29);
INSERT INTO "municipality" VALUES('Best',51.513664,5.396506,'spatialrisk nl_gemeente centroid (about 2021)',194,'GM0753',35);
INSERT INTO "municipality" VALUES('Boekel',51.606656,5.693774,'spatialrisk nl_gemeente centroid (about 2021)',195,'GM0755',22);
INSERT INTO "municipality" VALUES('Boxtel',51.581154,5.324074,'spatialrisk nl_gemeente centroid (about 2021)',196,'GM0757',22);
INSERT INTO "municipality" VALUES('Breda',51.585086,4.761479,'spatialrisk nl_gemeente centroid (about 2021)',197,'GM0758',29);
INSERT INTO "municipality" VALUES('Deurne',51.436243,5.826979,'spatialrisk nl_gemeente centroid (about 2021)',198,'GM0762',13);
INSERT INTO "municipality" VALUES('Pekela',53.070623,6.972944,'spatialrisk nl_gemeente centroid (about 2021)',199,'GM0765',10);
INSERT INTO "municipality" VALUES('Dongen',51.63587,4.955455,'spatialrisk nl_gemeente centroid (about 2021)',200,'GM0766',15);
INSERT INTO "municipality" VALUES('Eersel',51.396484,5.314603,'spatialrisk nl_gemeente centroid (about 2021)',201,'GM0770',35);
INSERT INTO "municipality" VALUES('Eindhoven',51.449996,5.458872,'spatialrisk nl_gemeente centroid (about 2021)',202,'GM0772',35);
INSERT INTO "municipality" VALUES('Etten-Leur',51.578324,4.644941,'spatialrisk nl_gemeente centroid (about 2021)',203,'GM0777',29);
INSERT INTO "municipality" VALUES('Geertruidenberg',51.697149,4.881647,'spatialrisk nl_gemeente centroid (about 2021)',204,'GM0779',29);
INSERT INTO "municipality" VALUES('Gilze en Rijen',51.559619,4.918629,'spatialrisk nl_gemeente centroid (about 2021)',205,'GM0784',15);
INSERT INTO "municipality" VALUES('Goirle',51.512273,5.033072,'spatialrisk nl_gemeente centroid (about 2021)',206,'GM0785',15);
INSERT INTO "municipality" VALUES('Helmond',51.476152,5.657021,'spatialrisk nl_gemeente centroid (about 2021)',207,'GM0794',13);
INSERT INTO "municipality" VALUES('''s-Hertogenbosch',51.716814,5.352008,'spatialrisk nl_gemeente centroid (about 2021)',208,'GM0796',22);
INSERT INTO "municipality" VALUES('Heusden',51.696778,5.160252,'spatialrisk nl_gemeente centroid (about 2021)',209,'GM0797',15);
INSERT INTO "municipality" VALUES('Hilvarenbeek',51.479517,5.145468,'spatialrisk nl_gemeente centroid (about 2021)',210,'GM0798',15);
INSERT INTO "municipality" VALUES('Loon op Zand',51.640567,5.047554,'spatialrisk nl_gemeente centroid (about 2021)',211,'GM0809',15);
INSERT INTO "municipality" VALUES('Nuenen, Gerwen en Nederwetten',51.478593,5.549489,'spatialrisk nl_gemeente centroid (about 2021)',212,'GM0820',35);
INSERT INTO "municipality" VALUES('Oirschot',51.492593,5.289766,'spatialrisk nl_gemeente centroid (about 2021)',213,'GM0823',35);
INSERT INTO "municipality" VALUES('Oisterwijk',51.562441,5.204478,'spatialrisk nl_gemeente centroid (about 2021)',214,'GM0824',15);
INSERT INTO "municipality" VALUES('Oosterhout',51.637786,4.864019,'spatialrisk nl_gemeente centroid (about 2021)',215,'GM0826',29);
INSERT INTO "municipality" VALUES('Oss',51.78156,5.526377,'spatialrisk nl_gemeente centroid (about 2021)',216,'GM0828',22);
INSERT INTO "municipality" VALUES('Rucphen',51.522702,4.558548,'spatialrisk nl_gemeente centroid (about 2021)',217,'GM0840',29);
INSERT INTO "municipality" VALUES('Sint-Michielsgestel',51.657111,5.378153,'spatialrisk nl_gemeente centroid (about 2021)',218,'GM0845',22);
INSERT INTO "municipality" VALUES('Someren',51.378772,5.691399,'spatialrisk nl_gemeente centroid (about 2021)',219,'GM0847',13);
INSERT INTO "municipality" VALUES('Son en Breugel',51.51638,5.482519,'spatialrisk nl_gemeente centroid (about 2021)',220,'GM0848',35);
INSERT INTO "municipality" VALUES('Steenbergen',51.597373,4.324974,'spatialrisk nl_gemeente centroid (about 2021)',221,'GM0851',29);
INSERT INTO "municipality" VALUES('Waterland',52.45223,5.014658,'spatialrisk nl_gemeente centroid (about 2021)',222,'GM0852',30);
INSERT INTO "municipality" VALUES('Tilburg',51.58343,5.077374,'spatialrisk nl_gemeente centroid (about 2021)',223,'GM0855',15);
INSERT INTO "municipality" VALUES('Valkenswaard',51.32376,5.44922,'spatialrisk nl_gemeente centroid (about 2021)',224,'GM0858',35);
INSERT INTO "municipality" VALUES('Veldhoven',51.411832,5.383198,'spatialrisk nl_gemeente centroid (about 2021)',225,'GM0861',35);
INSERT INTO "municipality" VALUES('Vught',51.650376,5.242594,'spatialrisk nl_gemeente centroid (about 2021)',226,'GM0865',22);
INSERT INTO "municipality" VALUES('Waalre',51.387271,5.46488,'spatialrisk nl_gemeente centroid (about 2021)',227,'GM0866',35);
INSERT INTO "municipality" VALUES('Waalwijk',51.692323,5.011885,'spatialrisk nl_gemeente centroid (about 2021)',228,'GM0867',15);
INSERT INTO "municipality" VALUES('Woensdrecht',51.40832,4.342216,'spatialrisk nl_gemeente centroid (about 2021)',229,'GM0873',29);
INSERT INTO "municipality" VALUES('Zundert',51.479791,4.642619,'spatialrisk nl_gemeente centroid (about 2021)',230,'GM0879',29);
INSERT INTO "municipality" VALUES('Wormerland',52.502028,4.855115,'spatialrisk nl_gemeente centroid (about 2021)',231,'GM0880',30);
INSERT INTO "municipality" VALUES('Landgraaf',50.90641,6.032997,'spatialrisk nl_gemeente centroid (about 2021)',232,'GM0882',34);
INSERT INTO "municipality" VALUES('Beek',50.930906,5.809094,'spatialrisk nl_gemeente centroid (about 2021)',233,'GM0888',34);
INSERT INTO "municipality" VALUES('Beesel',51.269128,6.068936,'spatialrisk nl_gemeente centroid (about 2021)',234,'GM0889',21);
INSERT INTO "municipality" VALUES('Bergen (L.)',51.591905,6.089456,'spatialrisk nl_gemeente centroid (about 2021)',235,'GM0893',21);
INSERT INTO "municipality" VALUES('Brunssum',50.94295,5.978043,'spatialrisk nl_gemeente centroid (about 2021)',236,'GM0899',34);
INSERT INTO "municipality" VALUES('Gennep',51.699294,5.987057,'spatialrisk nl_gemeente centroid (about 2021)',237,'GM0907',21);
INSERT INTO "municipality" VALUES('Heerlen',50.893302,5.969477,'spatialrisk nl_gemeente centroid (about 2021)',238,'GM0917',34);
INSERT INTO "municipality" VALUES('Kerkrade',50.871803,6.050992,'spatialrisk nl_gemeente centroid (about 2021)',239,'GM0928',34);
INSERT INTO "municipality" VALUES('Maastricht',50.852981,5.699509,'spatialrisk nl_gemeente centroid (about 2021)',240,'GM0935',34);
INSERT INTO "municipality" VALUES('Meerssen',50.901337,5.756463,'spatialrisk nl_gemeente centroid (about 2021)',241,'GM0938',34);
INSERT INTO "municipality" VALUES('Mook en Middelaar',51.747428,5.899607,'spatialrisk nl_gemeente centroid (about 2021)',242,'GM0944',24);
INSERT INTO "municipality" VALUES('Nederweert',51.294348,5.773288,'spatialrisk nl_gemeente centroid (about 2021)',243,'GM0946',18);
INSERT INTO "municipality" VALUES('Roermond',51.201163,6.011439,'spatialrisk nl_gemeente centroid (about 2021)',244,'GM0957',18);
INSERT INTO "municipality" VALUES('Simpelveld',50.828804,5.986591,'spatialrisk nl_gemeente centroid (about 2021)',245,'GM0965',34);
INSERT INTO "municipality" VALUES('Stein',50.968982,5.763654,'spatialrisk nl_gemeente centroid (about 2021)',246,'GM0971',34);
INSERT INTO "municipality" VALUES('Vaals',50.7743,5.975874,'spatialrisk nl_gemeente centroid (about 2021)',247,'GM0981',34);
INSERT INTO "municipality" VALUES('Venlo',51.39094,6.159113,'spatialrisk nl_gemeente centroid (about 2021)',248,'GM0983',21);
INSERT INTO "municipality" VALUES('Venray',51.515383,5.962935,'spatialrisk nl_gemeente centroid (about 2021)',249,'GM0984',21);
INSERT INTO "municipality" VALUES('Voerendaal',50.869375,5.916497,'spatialrisk nl_gemeente centroid (about 2021)',250,'GM0986',34);
INSERT INTO "municipality" VALUES('Weert',51.233537,5.691726,'spatialrisk nl_gemeente centroid (about 2021)',251,'GM0988',18);
INSERT INTO "municipality" VALUES('Valkenburg aan de Geul',50.860738,5.823828,'spatialrisk nl_gemeente centroid (about 2021)',252,'GM0994',34);
INSERT INTO "municipality" VALUES('Lelystad',52.478083,5.471963,'spatialrisk nl_gemeente centroid (about 2021)',253,'GM0995',5);
INSERT INTO "municipality" VALUES('Horst aan de Maas',51.444839,6.041656,'spatialrisk nl_gemeente centroid (about 2021)',254,'GM1507',21);
INSERT INTO "municipality" VALUES('Oude IJsselstreek',51.907785,6.409471,'spatialrisk nl_gemeente centroid (about 2021)',255,'GM1509',1);
INSERT INTO "municipality" VALUES('Teylingen',52.213996,4.511942,'spatialrisk nl_gemeente centroid (about 2021)',256,'GM1525',14);
INSERT INTO "municipality" VALUES('Utrechtse Heuvelrug',52.034752,5.388312,'spatialrisk nl_gemeente centroid (about 2021)',257,'GM1581',19);
INSERT INTO "municipality" VALUES('Oost Gelre',52.009836,6.575753,'spatialrisk nl_gemeente centroid (about 2021)',258,'GM1586',1);
INSERT INTO "municipality" VALUES('Koggenland',52.644661,4.948199,'spatialrisk nl_gemeente centroid (about 2021)',259,'GM1598',20);
INSERT INTO "municipality" VALUES('Lansingerland',52.003968,4.50607,'spatialrisk nl_gemeente centroid (about 2021)',260,'GM1621',32);
INSERT INTO "municipality" VALUES('Leudal',51.239433,5.884803,'spatialrisk nl_gemeente centroid (about 2021)',261,'GM1640',18);
INSERT INTO "municipality" VALUES('Maasgouw',51.161543,5.882433,'spatialrisk nl_gemeente centroid (about 2021)',262,'GM1641',18);
INSERT INTO "municipality" VALUES('Gemert-Bakel',51.540767,5.754298,'spatialrisk nl_gemeente centroid (about 2021)',263,'GM1652',13);
INSERT INTO "municipality" VALUES('Halderberge',51.590533,4.523018,'spatialrisk nl_gemeente centroid (about 2021)',264,'GM1655',29);
INSERT INTO "municipality" VALUES('Heeze-Leende',51.360816,5.567202,'spatialrisk nl_gemeente centroid (about 2021)',265,'GM1658',35);
INSERT INTO "municipality" VALUES('Laarbeek',51.530899,5.611754,'spatialrisk nl_gemeente centroid (about 2021)',266,'GM1659',13);
INSERT INTO "municipality" VALUES('Reusel-De Mierden',51.378231,5.14778,'spatialrisk nl_gemeente centroid (about 2021)',267,'GM1667',35);
INSERT INTO "municipality" VALUES('Roerdalen',51.145702,6.041138,'spatialrisk nl_gemeente centroid (about 2021)',268,'GM1669',18);
INSERT INTO "municipality" VALUES('Roosendaal',51.513155,4.42452,'spatialrisk nl_gemeente centroid (about 2021)',269,'GM1674',29);
INSERT INTO "municipality" VALUES('Schouwen-Duiveland',51.687412,3.900354,'spatialrisk nl_gemeente centroid (about 2021)',270,'GM1676',31);
INSERT INTO "municipality" VALUES('Aa en Hunze',52.993012,6.727306,'spatialrisk nl_gemeente centroid (about 2021)',271,'GM1680',10);
INSERT INTO "municipality" VALUES('Borger-Odoorn',52.905878,6.871982,'spatialrisk nl_gemeente centroid (about 2021)',272,'GM1681',4);
INSERT INTO "municipality" VALUES('De Wolden',52.701643,6.373507,'spatialrisk nl_gemeente centroid (about 2021)',273,'GM1690',4);
INSERT INTO "municipality" VALUES('Noord-Beveland',51.574106,3.771889,'spatialrisk nl_gemeente centroid (about 2021)',274,'GM1695',31);
INSERT INTO "municipality" VALUES('Wijdemeren',52.226167,5.084837,'spatialrisk nl_gemeente centroid (about 2021)',275,'GM1696',8);
INSERT INTO "municipality" VALUES('Noordenveld',53.095618,6.44031,'spatialrisk nl_gemeente centroid (about 2021)',276,'GM1699',10);
INSERT INTO "municipality" VALUES('Twenterand',52.447886,6.598074,'spatialrisk nl_gemeente centroid (about 2021)',277,'GM1700',27);
INSERT INTO "municipality" VALUES('Westerveld',52.838193,6.295559,'spatialrisk nl_gemeente centroid (about 2021)',278,'GM1701',23);
INSERT INTO "municipality" VALUES('Lingewaard',51.901511,5.942167,'spatialrisk nl_gemeente centroid (about 2021)',279,'GM1705',16);
INSERT INTO "municipality" VALUES('Cranendonck',51.286261,5.596269,'spatialrisk nl_gemeente centroid (about 2021)',280,'GM1706',18);
INSERT INTO "municipality" VALUES('Steenwijkerland',52.755516,6.030029,'spatialrisk nl_gemeente centroid (about 2021)',281,'GM1708',23);
INSERT INTO "municipality" VALUES('Moerdijk',51.658839,4.542019,'spatialrisk nl_gemeente centroid (about 2021)',282,'GM1709',29);
INSERT INTO "municipality" VALUES('Echt-Susteren',51.085017,5.908165,'spatialrisk nl_gemeente centroid (about 2021)',283,'GM1711',18);
INSERT INTO "municipality" VALUES('Sluis',51.328624,3.515271,'spatialrisk nl_gemeente centroid (about 2021)',284,'GM1714',31);
INSERT INTO "municipality" VALUES('Drimmelen',51.700164,4.758734,'spatialrisk nl_gemeente centroid (about 2021)',285,'GM1719',29);
INSERT INTO "municipality" VALUES('Bernheze',51.68465,5.520676,'spatialrisk nl_gemeente centroid (about 2021)',286,'GM1721',22);
INSERT INTO "municipality" VALUES('Alphen-Chaam',51.501389,4.887306,'spatialrisk nl_gemeente centroid (about 2021)',287,'GM1723',15);
INSERT INTO "municipality" VALUES('Bergeijk',51.31012,5.339962,'spatialrisk nl_gemeente centroid (about 2021)',288,'GM1724',35);
INSERT INTO "municipality" VALUES('Bladel',51.372264,5.238768,'spatialrisk nl_gemeente centroid (about 2021)',289,'GM1728',35);
INSERT INTO "municipality" VALUES('Gulpen-Wittem',50.802331,5.900123,'spatialrisk nl_gemeente centroid (about 2021)',290,'GM1729',34);
INSERT INTO "municipality" VALUES('Tynaarlo',53.097135,6.604424,'spatialrisk nl_gemeente centroid (about 2021)',291,'GM1730',10);
INSERT INTO "municipality" VALUES('Midden-Drenthe',52.867362,6.542789,'spatialrisk nl_gemeente centroid (about 2021)',292,'GM1731',4);
INSERT INTO "municipality" VALUES('Overbetuwe',51.924292,5.778284,'spatialrisk nl_gemeente centroid (about 2021)',293,'GM1734',16);
INSERT INTO "municipality" VALUES('Hof van Twente',52.236453,6.589956,'spatialrisk nl_gemeente centroid (about 2021)',294,'GM1735',27);
INSERT INTO "municipality" VALUES('Neder-Betuwe',51.915874,5.586881,'spatialrisk nl_gemeente centroid (about 2021)',295,'GM1740',26);
INSERT INTO "municipality" VALUES('Rijssen-Holten',52.291404,6.433969,'spatialrisk nl_gemeente centroid (about 2021)',296,'GM1742',27);
INSERT INTO "municipality" VALUES('Geldrop-Mierlo',51.431264,5.587558,'spatialrisk nl_gemeente centroid (about 2021)',297,'GM1771',13);
INSERT INTO "municipality" VALUES('Olst-Wijhe',52.366755,6.153376,'spatialrisk nl_gemeente centroid (about 2021)',298,'GM1773',23);
INSERT INTO "municipality" VALUES('Dinkelland',52.373014,6.914109,'spatialrisk nl_gemeente centroid (about 2021)',299,'GM1774',27);
INSERT INTO "municipality" VALUES('Westland',51.997811,4.216524,'spatialrisk nl_gemeente centroid (about 2021)',300,'GM1783',12);
INSERT INTO "municipality" VALUES('Midden-Delfland',51.964726,4.306167,'spatialrisk nl_gemeente centroid (about 2021)',301,'GM1842',12);
INSERT INTO "municipality" VALUES('Berkelland',52.100925,6.570712,'spatialrisk nl_gemeente centroid (about 2021)',302,'GM1859',1);
INSERT INTO "municipality" VALUES('Bronckhorst',52.045233,6.302951,'spatialrisk nl_gemeente centroid (about 2021)',303,'GM1876',1);
INSERT INTO "municipality" VALUES('Sittard-Geleen',51.004856,5.828208,'spatialrisk nl_gemeente centroid (about 2021)',304,'GM1883',34);
INSERT INTO "municipality" VALUES('Kaag en Braassem',52.192591,4.629227,'spatialrisk nl_gemeente centroid (about 2021)',305,'GM1884',14);
INSERT INTO "municipality" VALUES('Dantumadiel',53.280075,5.984556,'spatialrisk nl_gemeente centroid (about 2021)',306,'GM1891',7);
INSERT INTO "municipality" VALUES('Zuidplas',51.998897,4.607078,'spatialrisk nl_gemeente centroid (about 2021)',307,'GM1892',25);
INSERT INTO "municipality" VALUES('Peel en Maas',51.336286,5.994821,'spatialrisk nl_gemeente centroid (about 2021)',308,'GM1894',21);
INSERT INTO "municipality" VALUES('Oldambt',53.195003,7.055672,'spatialrisk nl_gemeente centroid (about 2021)',309,'GM1895',10);
INSERT INTO "municipality" VALUES('Zwartewaterland',52.602411,6.0643,'spatialrisk nl_gemeente centroid (about 2021)',310,'GM1896',23);
INSERT INTO "municipality" VALUES('Súdwest-Fryslân',53.024779,5.548804,'spatialrisk nl_gemeente centroid (about 2021)',311,'GM1900',7);
INSERT INTO "municipality" VALUES('Bodegraven-Reeuwijk',52.065453,4.766032,'spatialrisk nl_gemeente centroid (about 2021)',312,'GM1901',17);
INSERT INTO "municipality" VALUES('Eijsden-Margraten',50.801066,5.773768,'spatialrisk nl_gemeente centroid (about 2021)',313,'GM1903',34);
INSERT INTO "municipality" VALUES('Stichtse Vecht',52.176902,5.012633,'spatialrisk nl_gemeente centroid (about 2021)',314,'GM1904',19);
INSERT INTO "municipality" VALUES('Hollands Kroon',52.829709,4.949292,'spatialrisk nl_gemeente centroid (about 2021)',315,'GM1911',20);
INSERT INTO "municipality" VALUES('Leidschendam-Voorburg',52.090336,4.422303,'spatialrisk nl_gemeente centroid (about 2021)',316,'GM1916',32);
INSERT INTO "municipality" VALUES('Goeree-Overflakkee',51.747486,4.124709,'spatialrisk nl_gemeente centroid (about 2021)',317,'GM1924',25);
INSERT INTO "municipality" VALUES('Pijnacker-Nootdorp',52.017561,4.421927,'spatialrisk nl_gemeente centroid (about 2021)',318,'GM1926',32);
INSERT INTO "municipality" VALUES('Nissewaard',51.833321,4.285012,'spatialrisk nl_gemeente centroid (about 2021)',319,'GM1930',25);
INSERT INTO "municipality" VALUES('Krimpenerwaard',51.952413,4.737247,'spatialrisk nl_gemeente centroid (about 2021)',320,'GM1931',17);
INSERT INTO "municipality" VALUES('De Fryske Marren',52.916466,5.723425,'spatialrisk nl_gemeente centroid (about 2021)',321,'GM1940',7);
INSERT INTO "municipality" VALUES('Gooise Meren',52.301429,5.134541,'spatialrisk nl_gemeente centroid (about 2021)',322,'GM1942',8);
INSERT INTO "municipality" VALUES('Berg en Dal',51.819926,5.949845,'spatialrisk nl_gemeente centroid (about 2021)',323,'GM1945',24);
INSERT INTO "municipality" VALUES('Meierijstad',51.592248,5.506409,'spatialrisk nl_gemeente centroid (about 2021)',324,'GM1948',22);
INSERT INTO "municipality" VALUES('Waadhoeke',53.22423,5.613075,'spatialrisk nl_gemeente centroid (about 2021)',325,'GM1949',7);
INSERT INTO "municipality" VALUES('Westerwolde',53.01402,7.120167,'spatialrisk nl_gemeente centroid (about 2021)',326,'GM1950',10);
INSERT INTO "municipality" VALUES('Midden-Groningen',53.195385,6.807449,'spatialrisk nl_gemeente centroid (about 2021)',327,'GM1952',10);
INSERT INTO "municipality" VALUES('Beekdaelen',50.936763,5.897191,'spatialrisk nl_gemeente centroid (about 2021)',328,'GM1954',34);
INSERT INTO "municipality" VALUES('Montferland',51.916887,6.213798,'spatialrisk nl_gemeente centroid (about 2021)',329,'GM1955',1);
INSERT INTO "municipality" VALUES('Altena',51.765652,4.945962,'spatialrisk nl_gemeente centroid (about 2021)',330,'GM1959',29);
INSERT INTO "municipality" VALUES('West Betuwe',51.861592,5.209347,'spatialrisk nl_gemeente centroid (about 2021)',331,'GM1960',26);
INSERT INTO "municipality" VALUES('Vijfheerenlanden',51.935979,5.056769,'spatialrisk nl_gemeente centroid (about 2021)',332,'GM1961',9);
INSERT INTO "municipality" VALUES('Hoeksche Waard',51.770675,4.455667,'spatialrisk nl_gemeente centroid (about 2021)',333,'GM1963',25);
INSERT INTO "municipality" VALUES('Het Hogeland',53.379508,6.53181,'spatialrisk nl_gemeente centroid (about 2021)',334,'GM1966',10);
INSERT INTO "municipality" VALUES('Westerkwartier',53.218509,6.338068,'spatialrisk nl_gemeente centroid (about 2021)',335,'GM1969',10);
INSERT INTO "municipality" VALUES('Noardeast-Fryslân',53.332081,6.019112,'spatialrisk nl_gemeente centroid (about 2021)',336,'GM1970',7);
INSERT INTO "municipality" VALUES('Molenlanden',51.884689,4.845223,'spatialrisk nl_gemeente centroid (about 2021)',337,'GM1978',9);
INSERT INTO "municipality" VALUES('Eemsdelta',53.328273,6.840044,'spatialrisk nl_gemeente centroid (about 2021)',338,'GM1979',10);
INSERT INTO "municipality" VALUES('Dijk en Waard',52.683632,4.817039,'curated: mean of the centroids of Heerhugowaard, Langedijk',339,'GM1980',20);
INSERT INTO "municipality" VALUES('Land van Cuijk',51.677296,5.83073,'curated: mean of the centroids of Boxmeer, Grave, Mill en Sint Hubert, Cuijk, Sint Anthonis',340,'GM1982',22);
INSERT INTO "municipality" VALUES('Maashorst',51.686091,5.655388,'curated: mean of the centroids of Uden, Landerd',341,'GM1991',22);
INSERT INTO "municipality" VALUES('Voorne aan Zee',51.874913,4.141908,'curated: mean of the centroids of Brielle, Hellevoetsluis, Westvoorne',342,'GM1992',25);
CREATE TABLE occupation (
	title VARCHAR(200) NOT NULL, 
	realistic FLOAT NOT NULL, 
	investigative FLOAT NOT NULL, 
	artistic FLOAT NOT NULL, 
	social FLOAT NOT NULL, 
	enterprising FLOAT NOT NULL, 
	conventional FLOAT NOT NULL, 
	id INTEGER NOT NULL, 
	onet_code VARCHAR(10) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "occupation" VALUES('Accountants and Auditors',1.14,3.57,1.08,2.13,3.87,7.0,1,'13-2011.00');
INSERT INTO "occupation" VALUES('Computer Programmers',3.37,5.1,2.51,1.98,2.09,5.92,2,'15-1251.00');
INSERT INTO "occupation" VALUES('Software Developers',3.61,6.05,2.37,1.81,1.87,5.62,3,'15-1252.00');
INSERT INTO "occupation" VALUES('Web Developers',2.98,5.01,3.13,2.22,2.96,5.03,4,'15-1254.00');
INSERT INTO "occupation" VALUES('Video Game Designers',2.77,4.15,6.38,2.3,3.92,3.85,5,'15-1255.01');
INSERT INTO "occupation" VALUES('Preschool Teachers, Except Special Education',2.94,2.76,3.98,7.0,2.49,3.61,6,'25-2011.00');
INSERT INTO "occupation" VALUES('Registered Nurses',3.46,4.71,1.34,5.57,2.38,4.75,7,'29-1141.00');
INSERT INTO "occupation" VALUES('Licensed Practical and Licensed Vocational Nurses',4.58,3.67,1.05,5.5,2.13,4.58,8,'29-2061.00');
INSERT INTO "occupation" VALUES('Home Health Aides',4.23,3.18,1.48,6.33,1.77,3.51,9,'31-1121.00');
INSERT INTO "occupation" VALUES('Personal Care Aides',3.51,1.8,1.79,6.19,2.55,3.92,10,'31-1122.00');
INSERT INTO "occupation" VALUES('Nursing Assistants',4.58,2.72,1.0,5.7,1.77,4.24,11,'31-1131.00');
INSERT INTO "occupation" VALUES('Maids and Housekeeping Cleaners',6.08,1.0,1.39,2.49,1.47,4.6,12,'37-2012.00');
INSERT INTO "occupation" VALUES('Childcare Workers',3.08,1.48,3.58,6.18,2.75,3.44,13,'39-9011.00');
INSERT INTO "occupation" VALUES('Bookkeeping, Accounting, and Auditing Clerks',1.63,2.18,1.0,1.49,2.87,7.0,14,'43-3031.00');
INSERT INTO "occupation" VALUES('Office Clerks, General',2.92,1.85,1.0,3.06,3.2,6.84,15,'43-9061.00');
INSERT INTO "occupation" VALUES('Electricians',7.0,2.7,1.24,1.32,1.81,4.09,16,'47-2111.00');
INSERT INTO "occupation" VALUES('Electrical and Electronics Repairers, Commercial and Industrial Equipment',7.0,3.84,1.0,1.0,1.44,5.27,17,'49-2094.00');
CREATE TABLE occupationlink (
	id INTEGER NOT NULL, 
	programme_id INTEGER NOT NULL, 
	occupation_id INTEGER NOT NULL, 
	rank INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (programme_id, occupation_id), 
	FOREIGN KEY(programme_id) REFERENCES programme (id), 
	FOREIGN KEY(occupation_id) REFERENCES occupation (id)
);
INSERT INTO "occupationlink" VALUES(1,1,14,1);
INSERT INTO "occupationlink" VALUES(2,1,1,2);
INSERT INTO "occupationlink" VALUES(3,2,14,1);
INSERT INTO "occupationlink" VALUES(4,2,15,2);
INSERT INTO "occupationlink" VALUES(5,3,5,1);
INSERT INTO "occupationlink" VALUES(6,3,3,2);
INSERT INTO "occupationlink" VALUES(7,4,10,1);
INSERT INTO "occupationlink" VALUES(8,4,12,2);
INSERT INTO "occupationlink" VALUES(9,5,16,1);
INSERT INTO "occupationlink" VALUES(10,5,17,2);
INSERT INTO "occupationlink" VALUES(11,6,10,1);
INSERT INTO "occupationlink" VALUES(12,6,9,2);
INSERT INTO "occupationlink" VALUES(13,6,13,3);
INSERT INTO "occupationlink" VALUES(14,7,3,1);
INSERT INTO "occupationlink" VALUES(15,7,4,2);
INSERT INTO "occupationlink" VALUES(16,7,2,3);
INSERT INTO "occupationlink" VALUES(17,8,8,1);
INSERT INTO "occupationlink" VALUES(18,8,7,2);
INSERT INTO "occupationlink" VALUES(19,9,11,1);
INSERT INTO "occupationlink" VALUES(20,9,9,2);
INSERT INTO "occupationlink" VALUES(21,9,8,3);
INSERT INTO "occupationlink" VALUES(22,10,13,1);
INSERT INTO "occupationlink" VALUES(23,10,6,2);
CREATE TABLE offering (
	leerweg VARCHAR(3) NOT NULL, 
	city VARCHAR(80) NOT NULL, 
	latitude FLOAT NOT NULL, 
	longitude FLOAT NOT NULL, 
	start_months VARCHAR NOT NULL, 
	basis VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	institution_id INTEGER NOT NULL, 
	programme_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (institution_id, programme_id, leerweg, city), 
	FOREIGN KEY(institution_id) REFERENCES institution (id), 
	FOREIGN KEY(programme_id) REFERENCES programme (id)
);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',1,1,1);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',2,1,1);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',3,1,2);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',4,1,2);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',5,1,3);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',6,1,7);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',7,1,7);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',8,1,5);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',9,1,5);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',10,1,6);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',11,1,6);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',12,1,8);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',13,1,8);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',14,1,9);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',15,1,9);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',16,1,10);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',17,1,10);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',18,1,4);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',19,1,4);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',20,2,1);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',21,2,1);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',22,2,2);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',23,2,2);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',24,2,3);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',25,2,7);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',26,2,7);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',27,2,5);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',28,2,5);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',29,2,6);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',30,2,6);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',31,2,8);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',32,2,8);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',33,2,9);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',34,2,9);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',35,2,10);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',36,2,10);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',37,2,4);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',38,2,4);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',39,3,4);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',40,3,4);
INSERT INTO "offering" VALUES('BOL','Houten',52.004121,5.181724,'9','curated: widely offered programme in a domain of this school',41,4,4);
INSERT INTO "offering" VALUES('BBL','Houten',52.004121,5.181724,'9','curated: widely offered programme in a domain of this school',42,4,4);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',43,5,5);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',44,5,5);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',45,6,3);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',46,6,7);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',47,6,7);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',48,10,1);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',49,10,1);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',50,10,2);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',51,10,2);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',52,10,3);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',53,10,7);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',54,10,7);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',55,10,5);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',56,10,5);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',57,10,6);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',58,10,6);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',59,10,8);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',60,10,8);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',61,10,9);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',62,10,9);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',63,10,10);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',64,10,10);
INSERT INTO "offering" VALUES('BOL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',65,10,4);
INSERT INTO "offering" VALUES('BBL','Tiel',51.885103,5.406971,'9','curated: widely offered programme in a domain of this school',66,10,4);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',67,11,1);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',68,11,1);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',69,11,2);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',70,11,2);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',71,11,3);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',72,11,7);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',73,11,7);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',74,11,5);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',75,11,5);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',76,11,6);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',77,11,6);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',78,11,8);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',79,11,8);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',80,11,9);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',81,11,9);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',82,11,10);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',83,11,10);
INSERT INTO "offering" VALUES('BOL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',84,11,4);
INSERT INTO "offering" VALUES('BBL','Den Helder',52.922565,4.753934,'9','curated: widely offered programme in a domain of this school',85,11,4);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',86,12,1);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',87,12,1);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',88,12,2);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',89,12,2);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',90,12,3);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',91,12,7);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',92,12,7);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',93,12,5);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',94,12,5);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',95,12,6);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',96,12,6);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',97,12,8);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',98,12,8);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',99,12,9);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',100,12,9);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',101,12,10);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',102,12,10);
INSERT INTO "offering" VALUES('BOL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',103,12,4);
INSERT INTO "offering" VALUES('BBL','''s-Hertogenbosch',51.716814,5.352008,'9','curated: widely offered programme in a domain of this school',104,12,4);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',105,15,1);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',106,15,1);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',107,15,2);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',108,15,2);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',109,15,3);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',110,15,7);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',111,15,7);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',112,15,5);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',113,15,5);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',114,15,6);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',115,15,6);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',116,15,8);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',117,15,8);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',118,15,9);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',119,15,9);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',120,15,10);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',121,15,10);
INSERT INTO "offering" VALUES('BOL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',122,15,4);
INSERT INTO "offering" VALUES('BBL','Drachten',53.113413,6.038973,'9','curated: widely offered programme in a domain of this school',123,15,4);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',124,16,1);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',125,16,1);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',126,16,2);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',127,16,2);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',128,16,3);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',129,16,7);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',130,16,7);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',131,16,5);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',132,16,5);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',133,16,6);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',134,16,6);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',135,16,8);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',136,16,8);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',137,16,9);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',138,16,9);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',139,16,10);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',140,16,10);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',141,16,4);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',142,16,4);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',143,17,1);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',144,17,1);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',145,17,2);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',146,17,2);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',147,17,6);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',148,17,6);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',149,17,8);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',150,17,8);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',151,17,9);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',152,17,9);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',153,17,10);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',154,17,10);
INSERT INTO "offering" VALUES('BOL','Maassluis',51.925224,4.248764,'9','curated: widely offered programme in a domain of this school',155,18,4);
INSERT INTO "offering" VALUES('BBL','Maassluis',51.925224,4.248764,'9','curated: widely offered programme in a domain of this school',156,18,4);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',157,20,1);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',158,20,1);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',159,20,2);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',160,20,2);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',161,20,3);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',162,20,7);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',163,20,7);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',164,20,5);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',165,20,5);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',166,20,6);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',167,20,6);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',168,20,8);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',169,20,8);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',170,20,9);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',171,20,9);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',172,20,10);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',173,20,10);
INSERT INTO "offering" VALUES('BOL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',174,20,4);
INSERT INTO "offering" VALUES('BBL','Dordrecht',51.782028,4.709523,'9','curated: widely offered programme in a domain of this school',175,20,4);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',176,21,4);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',177,21,4);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',178,22,3);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',179,22,7);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',180,22,7);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',181,24,1);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',182,24,1);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',183,24,2);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',184,24,2);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',185,24,3);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',186,24,7);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',187,24,7);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',188,24,5);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',189,24,5);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',190,24,6);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',191,24,6);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',192,24,8);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',193,24,8);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',194,24,9);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',195,24,9);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',196,24,10);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',197,24,10);
INSERT INTO "offering" VALUES('BOL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',198,24,4);
INSERT INTO "offering" VALUES('BBL','Doetinchem',51.960767,6.286735,'9','curated: widely offered programme in a domain of this school',199,24,4);
INSERT INTO "offering" VALUES('BOL','Alkmaar',52.601806,4.803311,'9','curated: widely offered programme in a domain of this school',200,25,4);
INSERT INTO "offering" VALUES('BBL','Alkmaar',52.601806,4.803311,'9','curated: widely offered programme in a domain of this school',201,25,4);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',202,26,4);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',203,26,4);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',204,27,1);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',205,27,1);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',206,27,2);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',207,27,2);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',208,27,3);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',209,27,7);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',210,27,7);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',211,27,5);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',212,27,5);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',213,27,6);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',214,27,6);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',215,27,8);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',216,27,8);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',217,27,9);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',218,27,9);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',219,27,10);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',220,27,10);
INSERT INTO "offering" VALUES('BOL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',221,27,4);
INSERT INTO "offering" VALUES('BBL','Arnhem',52.001061,5.892641,'9','curated: widely offered programme in a domain of this school',222,27,4);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',223,28,1);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',224,28,1);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',225,28,2);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',226,28,2);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',227,28,3);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',228,28,7);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',229,28,7);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',230,28,5);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',231,28,5);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',232,28,6);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',233,28,6);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',234,28,8);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',235,28,8);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',236,28,9);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',237,28,9);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',238,28,10);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',239,28,10);
INSERT INTO "offering" VALUES('BOL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',240,28,4);
INSERT INTO "offering" VALUES('BBL','Leeuwarden',53.16998,5.797898,'9','curated: widely offered programme in a domain of this school',241,28,4);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',242,29,1);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',243,29,1);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',244,29,2);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',245,29,2);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',246,29,3);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',247,29,7);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',248,29,7);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',249,29,5);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',250,29,5);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',251,29,6);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',252,29,6);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',253,29,8);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',254,29,8);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',255,29,9);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',256,29,9);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',257,29,10);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',258,29,10);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',259,29,4);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',260,29,4);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',261,30,1);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',262,30,1);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',263,30,2);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',264,30,2);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',265,30,3);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',266,30,7);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',267,30,7);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',268,30,5);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',269,30,5);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',270,30,6);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',271,30,6);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',272,30,8);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',273,30,8);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',274,30,9);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',275,30,9);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',276,30,10);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',277,30,10);
INSERT INTO "offering" VALUES('BOL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',278,30,4);
INSERT INTO "offering" VALUES('BBL','Helmond',51.476152,5.657021,'9','curated: widely offered programme in a domain of this school',279,30,4);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',280,31,1);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',281,31,1);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',282,31,2);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',283,31,2);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',284,31,3);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',285,31,7);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',286,31,7);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',287,31,5);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',288,31,5);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',289,31,6);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',290,31,6);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',291,31,8);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',292,31,8);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',293,31,9);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',294,31,9);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',295,31,10);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',296,31,10);
INSERT INTO "offering" VALUES('BOL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',297,31,4);
INSERT INTO "offering" VALUES('BBL','Leiden',52.154961,4.485089,'9','curated: widely offered programme in a domain of this school',298,31,4);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',299,32,1);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',300,32,1);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',301,32,2);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',302,32,2);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',303,32,3);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',304,32,7);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',305,32,7);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',306,32,5);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',307,32,5);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',308,32,6);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',309,32,6);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',310,32,8);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',311,32,8);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',312,32,9);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',313,32,9);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',314,32,10);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',315,32,10);
INSERT INTO "offering" VALUES('BOL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',316,32,4);
INSERT INTO "offering" VALUES('BBL','Rotterdam',51.926986,4.304257,'9','curated: widely offered programme in a domain of this school',317,32,4);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',318,33,1);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',319,33,1);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',320,33,2);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',321,33,2);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',322,33,3);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',323,33,7);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',324,33,7);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',325,33,5);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',326,33,5);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',327,33,6);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',328,33,6);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',329,33,8);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',330,33,8);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',331,33,9);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',332,33,9);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',333,33,10);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',334,33,10);
INSERT INTO "offering" VALUES('BOL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',335,33,4);
INSERT INTO "offering" VALUES('BBL','Roermond',51.201163,6.011439,'9','curated: widely offered programme in a domain of this school',336,33,4);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',337,34,1);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',338,34,1);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',339,34,2);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',340,34,2);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',341,34,3);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',342,34,7);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',343,34,7);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',344,34,5);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',345,34,5);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',346,34,6);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',347,34,6);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',348,34,8);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',349,34,8);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',350,34,9);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',351,34,9);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',352,34,10);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',353,34,10);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',354,34,4);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',355,34,4);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',356,35,1);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',357,35,1);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',358,35,2);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',359,35,2);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',360,36,1);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',361,36,1);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',362,36,2);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',363,36,2);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',364,36,3);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',365,36,7);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',366,36,7);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',367,36,5);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',368,36,5);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',369,36,6);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',370,36,6);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',371,36,8);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',372,36,8);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',373,36,9);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',374,36,9);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',375,36,10);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',376,36,10);
INSERT INTO "offering" VALUES('BOL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',377,36,4);
INSERT INTO "offering" VALUES('BBL','Groningen',53.218588,6.620697,'9','curated: widely offered programme in a domain of this school',378,36,4);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',379,37,1);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',380,37,1);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',381,37,2);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',382,37,2);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',383,37,3);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',384,37,7);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',385,37,7);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',386,37,5);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',387,37,5);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',388,37,6);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',389,37,6);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',390,37,8);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',391,37,8);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',392,37,9);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',393,37,9);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',394,37,10);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',395,37,10);
INSERT INTO "offering" VALUES('BOL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',396,37,4);
INSERT INTO "offering" VALUES('BBL','Breda',51.585086,4.761479,'9','curated: widely offered programme in a domain of this school',397,37,4);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',398,38,1);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',399,38,1);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',400,38,2);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',401,38,2);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',402,38,3);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',403,38,7);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',404,38,7);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',405,38,5);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',406,38,5);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',407,38,6);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',408,38,6);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',409,38,8);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',410,38,8);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',411,38,9);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',412,38,9);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',413,38,10);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',414,38,10);
INSERT INTO "offering" VALUES('BOL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',415,38,4);
INSERT INTO "offering" VALUES('BBL','Tilburg',51.58343,5.077374,'9','curated: widely offered programme in a domain of this school',416,38,4);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',417,39,1);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',418,39,1);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',419,39,2);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',420,39,2);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',421,39,3);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',422,39,7);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',423,39,7);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',424,39,5);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',425,39,5);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',426,39,6);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',427,39,6);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',428,39,8);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',429,39,8);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',430,39,9);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',431,39,9);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',432,39,10);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',433,39,10);
INSERT INTO "offering" VALUES('BOL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',434,39,4);
INSERT INTO "offering" VALUES('BBL','Eindhoven',51.449996,5.458872,'9','curated: widely offered programme in a domain of this school',435,39,4);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',436,40,1);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',437,40,1);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',438,40,2);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',439,40,2);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',440,40,3);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',441,40,7);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',442,40,7);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',443,40,5);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',444,40,5);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',445,40,6);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',446,40,6);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',447,40,8);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',448,40,8);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',449,40,9);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',450,40,9);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',451,40,10);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',452,40,10);
INSERT INTO "offering" VALUES('BOL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',453,40,4);
INSERT INTO "offering" VALUES('BBL','Zwolle',52.518629,6.1184,'9','curated: widely offered programme in a domain of this school',454,40,4);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',455,41,1);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',456,41,1);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',457,41,2);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',458,41,2);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',459,41,3);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',460,41,7);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',461,41,7);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',462,41,5);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',463,41,5);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',464,41,6);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',465,41,6);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',466,41,8);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',467,41,8);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',468,41,9);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',469,41,9);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',470,41,10);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',471,41,10);
INSERT INTO "offering" VALUES('BOL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',472,41,4);
INSERT INTO "offering" VALUES('BBL','Heerlen',50.893302,5.969477,'9','curated: widely offered programme in a domain of this school',473,41,4);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',474,42,1);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',475,42,1);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',476,42,2);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',477,42,2);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',478,42,3);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',479,42,7);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',480,42,7);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',481,42,5);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',482,42,5);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',483,42,6);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',484,42,6);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',485,42,8);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',486,42,8);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',487,42,9);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',488,42,9);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',489,42,10);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',490,42,10);
INSERT INTO "offering" VALUES('BOL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',491,42,4);
INSERT INTO "offering" VALUES('BBL','Ede',52.076425,5.728069,'9','curated: widely offered programme in a domain of this school',492,42,4);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',493,43,1);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',494,43,1);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',495,43,2);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',496,43,2);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',497,43,3);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',498,43,7);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',499,43,7);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',500,43,5);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',501,43,5);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',502,43,6);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',503,43,6);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',504,43,8);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',505,43,8);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',506,43,9);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',507,43,9);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',508,43,10);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',509,43,10);
INSERT INTO "offering" VALUES('BOL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',510,43,4);
INSERT INTO "offering" VALUES('BBL','Nijmegen',51.838527,5.836792,'9','curated: widely offered programme in a domain of this school',511,43,4);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',512,44,1);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',513,44,1);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',514,44,2);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',515,44,2);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',516,44,3);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',517,44,7);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',518,44,7);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',519,44,5);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',520,44,5);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',521,44,6);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',522,44,6);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',523,44,8);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',524,44,8);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',525,44,9);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',526,44,9);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',527,44,10);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',528,44,10);
INSERT INTO "offering" VALUES('BOL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',529,44,4);
INSERT INTO "offering" VALUES('BBL','Terneuzen',51.287893,3.845915,'9','curated: widely offered programme in a domain of this school',530,44,4);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',531,45,1);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',532,45,1);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',533,45,2);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',534,45,2);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',535,45,3);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',536,45,7);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',537,45,7);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',538,45,5);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',539,45,5);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',540,45,6);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',541,45,6);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',542,45,8);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',543,45,8);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',544,45,9);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',545,45,9);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',546,45,10);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',547,45,10);
INSERT INTO "offering" VALUES('BOL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',548,45,4);
INSERT INTO "offering" VALUES('BBL','Assen',53.001252,6.552514,'9','curated: widely offered programme in a domain of this school',549,45,4);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',550,46,1);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',551,46,1);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',552,46,2);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',553,46,2);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',554,46,3);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',555,46,7);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',556,46,7);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',557,46,5);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',558,46,5);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',559,46,6);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',560,46,6);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',561,46,8);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',562,46,8);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',563,46,9);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',564,46,9);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',565,46,10);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',566,46,10);
INSERT INTO "offering" VALUES('BOL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',567,46,4);
INSERT INTO "offering" VALUES('BBL','Haarlem',52.383428,4.647553,'9','curated: widely offered programme in a domain of this school',568,46,4);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',569,47,1);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',570,47,1);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',571,47,2);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',572,47,2);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',573,47,3);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',574,47,7);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',575,47,7);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',576,47,5);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',577,47,5);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',578,47,6);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',579,47,6);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',580,47,8);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',581,47,8);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',582,47,9);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',583,47,9);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',584,47,10);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',585,47,10);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',586,47,4);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',587,47,4);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',588,48,1);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',589,48,1);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',590,48,2);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',591,48,2);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',592,48,3);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',593,48,7);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',594,48,7);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',595,48,5);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',596,48,5);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',597,48,6);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',598,48,6);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',599,48,8);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',600,48,8);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',601,48,9);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',602,48,9);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',603,48,10);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',604,48,10);
INSERT INTO "offering" VALUES('BOL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',605,48,4);
INSERT INTO "offering" VALUES('BBL','Zaandam',52.462917,4.773024,'9','curated: widely offered programme in a domain of this school',606,48,4);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',607,49,1);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',608,49,1);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',609,49,2);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',610,49,2);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',611,49,3);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',612,49,7);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',613,49,7);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',614,49,5);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',615,49,5);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',616,49,6);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',617,49,6);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',618,49,8);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',619,49,8);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',620,49,9);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',621,49,9);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',622,49,10);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',623,49,10);
INSERT INTO "offering" VALUES('BOL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',624,49,4);
INSERT INTO "offering" VALUES('BBL','Apeldoorn',52.189865,5.921913,'9','curated: widely offered programme in a domain of this school',625,49,4);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',626,50,1);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',627,50,1);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',628,50,2);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',629,50,2);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',630,50,3);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',631,50,7);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',632,50,7);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',633,50,5);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',634,50,5);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',635,50,6);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',636,50,6);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',637,50,8);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',638,50,8);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',639,50,9);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',640,50,9);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',641,50,10);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',642,50,10);
INSERT INTO "offering" VALUES('BOL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',643,50,4);
INSERT INTO "offering" VALUES('BBL','Den Haag',52.068523,4.300277,'9','curated: widely offered programme in a domain of this school',644,50,4);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',645,51,1);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',646,51,1);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',647,51,2);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',648,51,2);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',649,51,3);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',650,51,7);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',651,51,7);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',652,51,5);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',653,51,5);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',654,51,6);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',655,51,6);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',656,51,8);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',657,51,8);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',658,51,9);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',659,51,9);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',660,51,10);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',661,51,10);
INSERT INTO "offering" VALUES('BOL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',662,51,4);
INSERT INTO "offering" VALUES('BBL','Hengelo',52.254983,6.778245,'9','curated: widely offered programme in a domain of this school',663,51,4);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',664,52,1);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',665,52,1);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',666,52,2);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',667,52,2);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',668,52,3);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',669,52,7);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',670,52,7);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',671,52,5);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',672,52,5);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',673,52,6);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',674,52,6);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',675,52,8);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',676,52,8);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',677,52,9);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',678,52,9);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',679,52,10);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',680,52,10);
INSERT INTO "offering" VALUES('BOL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',681,52,4);
INSERT INTO "offering" VALUES('BBL','Veghel',51.592248,5.506409,'9','curated: widely offered programme in a domain of this school',682,52,4);
INSERT INTO "offering" VALUES('BOL','Boxtel',51.581154,5.324074,'9','curated: widely offered programme in a domain of this school',683,53,3);
INSERT INTO "offering" VALUES('BOL','Boxtel',51.581154,5.324074,'9','curated: widely offered programme in a domain of this school',684,53,7);
INSERT INTO "offering" VALUES('BBL','Boxtel',51.581154,5.324074,'9','curated: widely offered programme in a domain of this school',685,53,7);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',686,54,1);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',687,54,1);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',688,54,2);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',689,54,2);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',690,54,3);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',691,54,7);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',692,54,7);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',693,54,6);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',694,54,6);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',695,54,8);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',696,54,8);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',697,54,9);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',698,54,9);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',699,54,10);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',700,54,10);
INSERT INTO "offering" VALUES('BOL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',701,54,4);
INSERT INTO "offering" VALUES('BBL','Amsterdam',52.372613,4.890053,'9','curated: widely offered programme in a domain of this school',702,54,4);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',703,55,1);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',704,55,1);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',705,55,2);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',706,55,2);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',707,55,3);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',708,55,7);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',709,55,7);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',710,55,6);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',711,55,6);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',712,55,8);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',713,55,8);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',714,55,9);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',715,55,9);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',716,55,10);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',717,55,10);
INSERT INTO "offering" VALUES('BOL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',718,55,4);
INSERT INTO "offering" VALUES('BBL','Utrecht',52.091146,5.074747,'9','curated: widely offered programme in a domain of this school',719,55,4);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',720,56,1);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',721,56,1);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',722,56,2);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',723,56,2);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',724,56,3);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',725,56,7);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',726,56,7);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',727,56,5);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',728,56,5);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',729,56,6);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',730,56,6);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',731,56,8);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',732,56,8);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',733,56,9);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',734,56,9);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',735,56,10);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',736,56,10);
INSERT INTO "offering" VALUES('BOL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',737,56,4);
INSERT INTO "offering" VALUES('BBL','Amersfoort',52.173606,5.384681,'9','curated: widely offered programme in a domain of this school',738,56,4);
INSERT INTO "offering" VALUES('BOL','Almelo',52.347952,6.658137,'9','curated: widely offered programme in a domain of this school',739,57,4);
INSERT INTO "offering" VALUES('BBL','Almelo',52.347952,6.658137,'9','curated: widely offered programme in a domain of this school',740,57,4);
CREATE TABLE postcode (
	pc4 INTEGER NOT NULL, 
	city VARCHAR(80) NOT NULL, 
	latitude FLOAT NOT NULL, 
	longitude FLOAT NOT NULL, 
	PRIMARY KEY (pc4)
);
INSERT INTO "postcode" VALUES(1011,'Amsterdam',52.372892,4.907149);
INSERT INTO "postcode" VALUES(1012,'Amsterdam',52.375678,4.896795);
INSERT INTO "postcode" VALUES(1013,'Amsterdam',52.403503,4.874194);
INSERT INTO "postcode" VALUES(1014,'Amsterdam',52.391885,4.856582);
INSERT INTO "postcode" VALUES(1015,'Amsterdam',52.379646,4.88482);
INSERT INTO "postcode" VALUES(1016,'Amsterdam',52.371656,4.881918);
INSERT INTO "postcode" VALUES(1017,'Amsterdam',52.363962,4.893206);
INSERT INTO "postcode" VALUES(1018,'Amsterdam',52.368009,4.917686);
INSERT INTO "postcode" VALUES(1019,'Amsterdam',52.375627,4.937319);
INSERT INTO "postcode" VALUES(1021,'Amsterdam',52.384175,4.917447);
INSERT INTO "postcode" VALUES(1022,'Amsterdam',52.387621,4.931934);
INSERT INTO "postcode" VALUES(1023,'Amsterdam',52.386367,4.955691);
INSERT INTO "postcode" VALUES(1024,'Amsterdam',52.397029,4.95275);
INSERT INTO "postcode" VALUES(1025,'Amsterdam',52.400048,4.933027);
INSERT INTO "postcode" VALUES(1026,'Amsterdam',52.383151,4.998169);
INSERT INTO "postcode" VALUES(1027,'Amsterdam',52.411432,4.967728);
INSERT INTO "postcode" VALUES(1028,'Amsterdam',52.40566,5.010473);
INSERT INTO "postcode" VALUES(1031,'Amsterdam',52.390677,4.904293);
INSERT INTO "postcode" VALUES(1032,'Amsterdam',52.397649,4.910558);
INSERT INTO "postcode" VALUES(1033,'Amsterdam',52.409986,4.887588);
INSERT INTO "postcode" VALUES(1034,'Amsterdam',52.408925,4.91648);
INSERT INTO "postcode" VALUES(1035,'Amsterdam',52.419903,4.896309);
INSERT INTO "postcode" VALUES(1036,'Amsterdam',52.409527,4.906214);
INSERT INTO "postcode" VALUES(1037,'Amsterdam',52.423004,4.859252);
INSERT INTO "postcode" VALUES(1041,'Amsterdam',52.412279,4.845236);
INSERT INTO "postcode" VALUES(1042,'Amsterdam',52.405414,4.829657);
INSERT INTO "postcode" VALUES(1043,'Amsterdam',52.391288,4.823258);
INSERT INTO "postcode" VALUES(1044,'Amsterdam',52.410073,4.811584);
INSERT INTO "postcode" VALUES(1045,'Amsterdam',52.416403,4.788061);
INSERT INTO "postcode" VALUES(1046,'Amsterdam',52.393438,4.78672);
INSERT INTO "postcode" VALUES(1047,'Amsterdam',52.410244,4.755388);
INSERT INTO "postcode" VALUES(1051,'Amsterdam',52.382129,4.869421);
INSERT INTO "postcode" VALUES(1052,'Amsterdam',52.377068,4.873358);
INSERT INTO "postcode" VALUES(1053,'Amsterdam',52.368186,4.868677);
INSERT INTO "postcode" VALUES(1054,'Amsterdam',52.362896,4.869258);
INSERT INTO "postcode" VALUES(1055,'Amsterdam',52.381011,4.853016);
INSERT INTO "postcode" VALUES(1056,'Amsterdam',52.373961,4.854617);
INSERT INTO "postcode" VALUES(1057,'Amsterdam',52.368094,4.853912);
INSERT INTO "postcode" VALUES(1058,'Amsterdam',52.359004,4.84879);
INSERT INTO "postcode" VALUES(1059,'Amsterdam',52.345732,4.846854);
INSERT INTO "postcode" VALUES(1060,'Amsterdam',52.353047,4.77616);
INSERT INTO "postcode" VALUES(1061,'Amsterdam',52.374918,4.840372);
INSERT INTO "postcode" VALUES(1062,'Amsterdam',52.353387,4.838561);
INSERT INTO "postcode" VALUES(1063,'Amsterdam',52.382236,4.826295);
INSERT INTO "postcode" VALUES(1064,'Amsterdam',52.371857,4.820902);
INSERT INTO "postcode" VALUES(1065,'Amsterdam',52.359139,4.825341);
INSERT INTO "postcode" VALUES(1066,'Amsterdam',52.34116,4.817028);
INSERT INTO "postcode" VALUES(1067,'Amsterdam',52.373498,4.781174);
INSERT INTO "postcode" VALUES(1068,'Amsterdam',52.358382,4.808166);
INSERT INTO "postcode" VALUES(1069,'Amsterdam',52.354718,4.79041);
INSERT INTO "postcode" VALUES(1071,'Amsterdam',52.356846,4.877701);
INSERT INTO "postcode" VALUES(1072,'Amsterdam',52.354181,4.890726);
INSERT INTO "postcode" VALUES(1073,'Amsterdam',52.353828,4.898292);
INSERT INTO "postcode" VALUES(1074,'Amsterdam',52.354767,4.905379);
INSERT INTO "postcode" VALUES(1075,'Amsterdam',52.353256,4.859327);
INSERT INTO "postcode" VALUES(1076,'Amsterdam',52.344296,4.859341);
INSERT INTO "postcode" VALUES(1077,'Amsterdam',52.346483,4.875735);
INSERT INTO "postcode" VALUES(1078,'Amsterdam',52.345327,4.894612);
INSERT INTO "postcode" VALUES(1079,'Amsterdam',52.341113,4.903839);
INSERT INTO "postcode" VALUES(1081,'Amsterdam',52.332295,4.852064);
INSERT INTO "postcode" VALUES(1082,'Amsterdam',52.331393,4.875388);
INSERT INTO "postcode" VALUES(1083,'Amsterdam',52.331084,4.888783);
INSERT INTO "postcode" VALUES(1086,'Amsterdam',52.360687,4.97629);
INSERT INTO "postcode" VALUES(1087,'Amsterdam',52.351125,4.993901);
INSERT INTO "postcode" VALUES(1091,'Amsterdam',52.356374,4.913704);
INSERT INTO "postcode" VALUES(1092,'Amsterdam',52.360253,4.9231);
INSERT INTO "postcode" VALUES(1093,'Amsterdam',52.361653,4.931606);
INSERT INTO "postcode" VALUES(1094,'Amsterdam',52.363823,4.937549);
INSERT INTO "postcode" VALUES(1095,'Amsterdam',52.366442,4.96113);
INSERT INTO "postcode" VALUES(1096,'Amsterdam',52.3331,4.913038);
INSERT INTO "postcode" VALUES(1097,'Amsterdam',52.346288,4.931724);
INSERT INTO "postcode" VALUES(1098,'Amsterdam',52.352683,4.94857);
CREATE TABLE programme (
	name VARCHAR(200) NOT NULL, 
	slug VARCHAR(200) NOT NULL, 
	level INTEGER NOT NULL, 
	dossier_code VARCHAR, 
	dossier_name VARCHAR(200), 
	duration_years INTEGER NOT NULL, 
	has_bol BOOLEAN NOT NULL, 
	has_bbl BOOLEAN NOT NULL, 
	description VARCHAR(600) NOT NULL, 
	what_you_do VARCHAR(800) NOT NULL, 
	where_you_work VARCHAR(300) NOT NULL, 
	synonyms VARCHAR(300) NOT NULL, 
	is_widely_offered BOOLEAN NOT NULL, 
	realistic FLOAT NOT NULL, 
	investigative FLOAT NOT NULL, 
	artistic FLOAT NOT NULL, 
	social FLOAT NOT NULL, 
	enterprising FLOAT NOT NULL, 
	conventional FLOAT NOT NULL, 
	id INTEGER NOT NULL, 
	crebo VARCHAR(5) NOT NULL, 
	domain_id INTEGER NOT NULL, 
	sector_id INTEGER NOT NULL, 
	shortage_area_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(domain_id) REFERENCES domain (id), 
	FOREIGN KEY(sector_id) REFERENCES sector (id), 
	FOREIGN KEY(shortage_area_id) REFERENCES shortagearea (id)
);
INSERT INTO "programme" VALUES('Bedrijfsadministrateur','bedrijfsadministrateur',4,'23296','Business Services',3,1,1,'Als bedrijfsadministrateur zorg je voor een kloppende boekhouding van een bedrijf. Je verwerkt facturen, maakt overzichten en helpt bij de jaarcijfers. Je geeft ook advies over geld en kosten. Deze opleiding past bij je als je nauwkeurig bent en graag met getallen werkt.','Je boekt facturen en betalingen;Je maakt financiële overzichten voor de directie;Je controleert of de administratie klopt;Je helpt bij de belastingaangifte','Bij een administratiekantoor, een accountantskantoor of op de financiële afdeling van een bedrijf.','boekhouder;administrateur;boekhouding;financieel administrateur',1,1.385,2.875,1.04,1.81,3.37,7.0,1,'25138',4,6,NULL);
INSERT INTO "programme" VALUES('Financieel administratief medewerker','financieel-administratief-medewerker',3,'23296','Business Services',3,1,1,'Als financieel administratief medewerker houd je de geldzaken van een organisatie bij. Je boekt inkomsten en uitgaven en zorgt dat rekeningen op tijd betaald worden. Je werkt veel met boekhoudprogramma''s en Excel. Dit past bij je als je precies bent en graag alles op orde hebt.','Je verwerkt inkoop- en verkoopfacturen;Je stuurt herinneringen als klanten niet betalen;Je doet de loonadministratie;Je controleert bankafschriften','Bij een administratiekantoor, een gemeente of de financiële afdeling van een bedrijf.','crediteurenadministratie;debiteurenadministratie;salarisadministratie;financieel medewerker',1,2.275,2.015,1.0,2.275,3.035,6.92,2,'25139',4,6,NULL);
INSERT INTO "programme" VALUES('Gamedeveloper','gamedeveloper',4,'23243','Software development',4,1,0,'Als gamedeveloper maak je games en andere interactieve toepassingen. Je programmeert spelregels, beweging en levels. Je werkt samen met artists en designers in een team. Deze opleiding past bij je als je veel van games houdt en wilt weten hoe ze van binnen werken.','Je programmeert onderdelen van een game;Je test games en lost fouten op;Je werkt met game-engines zoals Unity;Je werkt samen met ontwerpers en artists','Bij een gamestudio, een bedrijf dat serious games maakt of een softwarebedrijf.','game developer;games maken;gameontwikkelaar;game design',1,3.19,5.1,4.375,2.055,2.895,4.735,3,'25188',8,5,8);
INSERT INTO "programme" VALUES('Assistent dienstverlening en zorg','assistent-dienstverlening-en-zorg',1,'23301','Entree',1,1,1,'In deze entreeopleiding help je mee in de zorg en in de dienstverlening. Je leert eenvoudige taken doen, zoals schoonmaken, eten klaarzetten en mensen een handje helpen. Het is een goede start als je nog geen diploma hebt en graag met mensen werkt. Daarna kun je verder leren voor een vak in zorg of facilitair werk.','Je zet koffie en maaltijden klaar;Je houdt kamers en ruimtes schoon;Je maakt een praatje met bewoners;Je helpt collega''s met eenvoudige taken','In een verzorgingshuis, een zorginstelling of bij een schoonmaak- of cateringbedrijf.','entree zorg;assistent zorg;zorghulp',1,4.795,1.4,1.59,4.34,2.01,4.26,4,'25251',5,2,1);
INSERT INTO "programme" VALUES('Eerste monteur elektrotechnische installaties woning en utiliteit','eerste-monteur-elektrotechnische-installaties-woning-en-utiliteit',3,'23299','Elektrotechnische installaties',3,1,1,'Je leert zelfstandig elektrische installaties aanleggen in woningen en andere gebouwen. Denk aan groepenkasten, verlichting, stopcontacten en data. Als eerste monteur lees je tekeningen, verdeel je werk en controleer je de installatie. Goed voor je als je graag zelfstandig op de bouw werkt.','Je legt leidingen en bekabeling aan;Je bouwt en sluit een groepenkast aan;Je meet en test een installatie;Je zoekt storingen en lost ze op','Bij een elektrotechnisch installatiebedrijf of een bouwbedrijf.','elektricien;elektromonteur;installateur elektro',1,7.0,3.27,1.12,1.16,1.625,4.68,5,'25332',11,1,4);
INSERT INTO "programme" VALUES('Helpende Zorg en Welzijn','helpende-zorg-en-welzijn',2,'23189','Dienstverlening',2,1,1,'Als helpende zorg en welzijn help je mensen die dat nodig hebben, thuis of in een instelling. Je helpt bij wassen en aankleden, je zet eten klaar en houdt de ruimte schoon. Je hebt ook tijd voor een praatje of een spelletje. Met dit diploma kun je door naar verzorgende of pedagogisch medewerker.','Je helpt cliënten met wassen en aankleden;Je bereidt eenvoudige maaltijden;Je doet lichte huishoudelijke taken;Je begeleidt een activiteit of wandeling','In een verpleeghuis, in de thuiszorg, in de kinderopvang of in de gehandicaptenzorg.','helpende;hzw;helpende zorg;zorghulp',1,3.607,2.153,2.283,6.233,2.357,3.623,6,'25498',17,2,1);
INSERT INTO "programme" VALUES('Software developer','software-developer',4,'23243','Software development',3,1,1,'Als software developer schrijf je programma''s, websites en apps. Je werkt in een team en bouwt software stap voor stap, volgens de wensen van de klant. Je test je code en verbetert die. Deze opleiding past bij je als je graag logisch nadenkt, nieuwsgierig bent en problemen wilt oplossen met code.','Je schrijft code voor apps en websites;Je werkt met databases;Je test en verbetert software;Je werkt in een team in korte sprints','Bij een softwarebedrijf, een webbureau, een bank of de ICT-afdeling van een grote organisatie.','programmeur;softwareontwikkelaar;developer;programmeren;coder',1,3.32,5.387,2.67,2.003,2.307,5.523,7,'25604',8,5,8);
INSERT INTO "programme" VALUES('Mbo-Verpleegkundige','mbo-verpleegkundige',4,'23267','Mbo-Verpleegkundige',4,1,1,'Als mbo-verpleegkundige zorg je voor mensen die ziek zijn of veel hulp nodig hebben. Je doet verpleegtechnische handelingen, zoals wonden verzorgen en medicijnen geven. Je houdt in de gaten hoe het met iemand gaat en werkt samen met artsen. Je werkt in het ziekenhuis, in de wijk of in een verpleeghuis.','Je verzorgt wonden en geeft medicijnen;Je meet bloeddruk en andere waarden;Je maakt een zorgplan;Je informeert patiënten en familie','In een ziekenhuis, een verpleeghuis, de wijkverpleging of de ggz.','verpleegkundige;mbo-v;mbov;verpleging',1,4.02,4.19,1.195,5.535,2.255,4.665,8,'25655',17,2,1);
INSERT INTO "programme" VALUES('Verzorgende-IG','verzorgende-ig',3,'23268','verzorgende-IG',3,1,1,'Als verzorgende IG help je mensen die niet meer alles zelf kunnen, vaak ouderen. Je helpt bij wassen en aankleden en doet ook medische taken, zoals een injectie geven of een katheter verzorgen. Je let goed op hoe het met iemand gaat. Je werkt bij mensen thuis of in een verpleeghuis.','Je helpt cliënten bij de persoonlijke verzorging;Je geeft medicijnen en injecties;Je houdt het zorgdossier bij;Je let op veranderingen in de gezondheid','In een verpleeghuis, in de thuiszorg, in een ziekenhuis of in de gehandicaptenzorg.','vig;verzorgende;verzorgende ig;vigger',1,4.463,3.19,1.177,5.843,1.89,4.11,9,'25656',17,2,1);
INSERT INTO "programme" VALUES('Pedagogisch medewerker kinderopvang','pedagogisch-medewerker-kinderopvang',3,'23285','Pedagogisch werk',3,1,1,'Als pedagogisch medewerker zorg je voor kinderen in de kinderopvang. Je zorgt dat ze zich veilig voelen en speelt met ze om hun ontwikkeling te helpen. Je verschoont baby''s, zorgt voor eten en praat met ouders. Het past bij je als je geduldig bent en graag met kinderen werkt.','Je speelt en knutselt met kinderen;Je zorgt voor eten, slapen en verschonen;Je kijkt hoe een kind zich ontwikkelt;Je praat met ouders bij het brengen en halen','Bij een kinderdagverblijf, een peuteropvang of de buitenschoolse opvang.','pm;pmk;leidster kinderopvang;bso medewerker;kinderopvang',1,3.01,2.12,3.78,6.59,2.62,3.525,10,'25696',17,2,2);
CREATE TABLE progression (
	to_hbo VARCHAR(200), 
	basis VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	from_programme_id INTEGER NOT NULL, 
	to_programme_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(from_programme_id) REFERENCES programme (id), 
	FOREIGN KEY(to_programme_id) REFERENCES programme (id)
);
INSERT INTO "progression" VALUES('hbo Accountancy','curated: common hbo follow-up study',1,1,NULL);
INSERT INTO "progression" VALUES('hbo Finance & Control','curated: common hbo follow-up study',2,1,NULL);
INSERT INTO "progression" VALUES(NULL,'curated: usual next step in the same field',3,2,1);
INSERT INTO "progression" VALUES('hbo Creative Media and Game Technologies','curated: common hbo follow-up study',4,3,NULL);
INSERT INTO "progression" VALUES('hbo-ict','curated: common hbo follow-up study',5,3,NULL);
INSERT INTO "progression" VALUES(NULL,'curated: usual next step in the same field',6,4,6);
INSERT INTO "progression" VALUES(NULL,'curated: usual next step in the same field',7,6,9);
INSERT INTO "progression" VALUES(NULL,'curated: usual next step in the same field',8,6,10);
INSERT INTO "progression" VALUES('hbo-ict','curated: common hbo follow-up study',9,7,NULL);
INSERT INTO "progression" VALUES('hbo Verpleegkunde','curated: common hbo follow-up study',10,8,NULL);
INSERT INTO "progression" VALUES(NULL,'curated: usual next step in the same field',11,9,8);
CREATE TABLE referencefigure (
	indicator VARCHAR(40) NOT NULL, 
	leerweg VARCHAR(3), 
	value FLOAT NOT NULL, 
	unit VARCHAR(20) NOT NULL, 
	year INTEGER NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	id INTEGER NOT NULL, 
	code VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
INSERT INTO "referencefigure" VALUES('start_salary',NULL,1877.0,'eur_month',2023,'SEO, Studie en werk mbo','MEASURED',1,'mbo_start_salary');
INSERT INTO "referencefigure" VALUES('permanent_contract',NULL,35.0,'percent',2023,'SEO, Studie en werk mbo','MEASURED',2,'mbo_permanent_contract');
INSERT INTO "referencefigure" VALUES('work_12h',NULL,80.0,'percent',2020,'ROA, Schoolverlatersonderzoek (more than 80% has work within three months)','MEASURED',3,'mbo_work_within_3_months');
INSERT INTO "referencefigure" VALUES('economic_independence','BOL',54.0,'percent',2022,'Kamerstuk 31 524 nr. 590','MEASURED',4,'independence_bol_start');
INSERT INTO "referencefigure" VALUES('economic_independence','BBL',88.0,'percent',2022,'Kamerstuk 31 524 nr. 590','MEASURED',5,'independence_bbl_start');
INSERT INTO "referencefigure" VALUES('economic_independence','BOL',70.0,'percent',2022,'Kamerstuk 31 524 nr. 590 (five years after the diploma)','MEASURED',6,'independence_bol_5y');
INSERT INTO "referencefigure" VALUES('economic_independence','BBL',85.0,'percent',2022,'Kamerstuk 31 524 nr. 590 (five years after the diploma)','MEASURED',7,'independence_bbl_5y');
CREATE TABLE region (
	slug VARCHAR(80) NOT NULL, 
	id INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "region" VALUES('achterhoek',1,'Achterhoek');
INSERT INTO "region" VALUES('amersfoort',2,'Amersfoort');
INSERT INTO "region" VALUES('drechtsteden',3,'Drechtsteden');
INSERT INTO "region" VALUES('drenthe',4,'Drenthe');
INSERT INTO "region" VALUES('flevoland',5,'Flevoland');
INSERT INTO "region" VALUES('foodvalley',6,'FoodValley');
INSERT INTO "region" VALUES('friesland',7,'Friesland');
INSERT INTO "region" VALUES('gooi-en-vechtstreek',8,'Gooi en Vechtstreek');
INSERT INTO "region" VALUES('gorinchem',9,'Gorinchem');
INSERT INTO "region" VALUES('groningen',10,'Groningen');
INSERT INTO "region" VALUES('groot-amsterdam',11,'Groot Amsterdam');
INSERT INTO "region" VALUES('haaglanden',12,'Haaglanden');
INSERT INTO "region" VALUES('helmond-de-peel',13,'Helmond-De Peel');
INSERT INTO "region" VALUES('holland-rijnland',14,'Holland Rijnland');
INSERT INTO "region" VALUES('midden-brabant',15,'Midden-Brabant');
INSERT INTO "region" VALUES('midden-gelderland',16,'Midden-Gelderland');
INSERT INTO "region" VALUES('midden-holland',17,'Midden-Holland');
INSERT INTO "region" VALUES('midden-limburg',18,'Midden-Limburg');
INSERT INTO "region" VALUES('midden-utrecht',19,'Midden-Utrecht');
INSERT INTO "region" VALUES('noord-holland-noord',20,'Noord-Holland Noord');
INSERT INTO "region" VALUES('noord-limburg',21,'Noord-Limburg');
INSERT INTO "region" VALUES('noordoost-brabant',22,'Noordoost-Brabant');
INSERT INTO "region" VALUES('regio-zwolle',23,'Regio Zwolle');
INSERT INTO "region" VALUES('rijk-van-nijmegen',24,'Rijk van Nijmegen');
INSERT INTO "region" VALUES('rijnmond',25,'Rijnmond');
INSERT INTO "region" VALUES('rivierenland',26,'Rivierenland');
INSERT INTO "region" VALUES('twente',27,'Twente');
INSERT INTO "region" VALUES('veluwe-stedendriehoek',28,'Veluwe Stedendriehoek');
INSERT INTO "region" VALUES('west-brabant',29,'West-Brabant');
INSERT INTO "region" VALUES('zaanstreek-waterland',30,'Zaanstreek/Waterland');
INSERT INTO "region" VALUES('zeeland',31,'Zeeland');
INSERT INTO "region" VALUES('zuid-holland-centraal',32,'Zuid-Holland Centraal');
INSERT INTO "region" VALUES('zuid-kennemerland-en-ijmond',33,'Zuid-Kennemerland en IJmond');
INSERT INTO "region" VALUES('zuid-limburg',34,'Zuid-Limburg');
INSERT INTO "region" VALUES('zuidoost-brabant',35,'Zuidoost-Brabant');
CREATE TABLE savedresult (
	id INTEGER NOT NULL, 
	code_hash VARCHAR(64) NOT NULL, 
	answers VARCHAR(20000) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "savedresult" VALUES(1,'6d5acad65b15484c1f073dd89132c1f1fbc492f7075025e128ec53e2df8ef495','{"answers": {"a1": 1, "a2": 1, "a3": 1, "a4": 1, "a5": 1, "a6": 1, "c1": 1, "c2": 1, "c3": 1, "c4": 1, "c5": 1, "c6": 1, "e1": 1, "e2": 1, "e3": 1, "e4": 1, "e5": 1, "e6": 1, "i1": 1, "i2": 1, "i3": 1, "i4": 1, "i5": 1, "i6": 1, "r1": 1, "r2": 1, "r3": 1, "r4": 1, "r5": 1, "r6": 1, "s1": 5, "s2": 5, "s3": 5, "s4": 5, "s5": 5, "s6": 5}, "choices": {"all_levels": false, "distance": 25, "in_mind": "", "in_mind_text": "", "learning": "either", "place": "", "ruled_out": [], "school": "vmbo_kader"}, "shortlist": [], "v": "dff139ab9978"}','2026-12-03 12:54:10.681081');
INSERT INTO "savedresult" VALUES(2,'9a40c18bd73deb51a0e4541b384b3cf024bbcc48c02eac5f5bca2c18253cbeb6','{"answers": {"a1": 1, "a2": 1, "a3": 1, "a4": 1, "a5": 1, "a6": 1, "c1": 5, "c2": 5, "c3": 5, "c4": 5, "c5": 5, "c6": 5, "e1": 1, "e2": 1, "e3": 1, "e4": 1, "e5": 1, "e6": 1, "i1": 1, "i2": 1, "i3": 1, "i4": 1, "i5": 1, "i6": 1, "r1": 1, "r2": 1, "r3": 1, "r4": 1, "r5": 1, "r6": 1, "s1": 1, "s2": 1, "s3": 1, "s4": 1, "s5": 1, "s6": 1}, "choices": {"all_levels": false, "distance": 25, "in_mind": "", "in_mind_text": "", "learning": "either", "place": "", "ruled_out": [], "school": "vmbo_kader"}, "shortlist": [], "v": "dff139ab9978"}','2026-12-03 12:54:10.948270');
INSERT INTO "savedresult" VALUES(3,'74248449df4bcbc13b787166a766a2a65f304a283ee1eb5d78b54711fcd14b42','{"answers": {"a1": 1, "a2": 1, "a3": 1, "a4": 1, "a5": 1, "a6": 1, "c1": 1, "c2": 1, "c3": 1, "c4": 1, "c5": 1, "c6": 1, "e1": 1, "e2": 1, "e3": 1, "e4": 1, "e5": 1, "e6": 1, "i1": 1, "i2": 1, "i3": 1, "i4": 1, "i5": 1, "i6": 1, "r1": 5, "r2": 5, "r3": 5, "r4": 5, "r5": 5, "r6": 5, "s1": 1, "s2": 1, "s3": 1, "s4": 1, "s5": 1, "s6": 1}, "choices": {"all_levels": false, "distance": 25, "in_mind": "", "in_mind_text": "", "learning": "either", "place": "", "ruled_out": [], "school": "vmbo_kader"}, "shortlist": ["25655"], "v": "dff139ab9978"}','2026-12-03 12:54:11.272081');
CREATE TABLE sector (
	name VARCHAR(120) NOT NULL, 
	is_shortage_sector BOOLEAN NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	year INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	code VARCHAR(5) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "sector" VALUES('Techniek en gebouwde omgeving',1,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (techniek first)',2022,1,'TGO');
INSERT INTO "sector" VALUES('Zorg, welzijn en sport',1,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (zorg first)',2022,2,'ZWS');
INSERT INTO "sector" VALUES('Mobiliteit, transport, logistiek en maritiem',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (not named as a shortage sector)',2022,3,'MTLM');
INSERT INTO "sector" VALUES('Handel',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (not named as a shortage sector)',2022,4,'HAN');
INSERT INTO "sector" VALUES('ICT en creatieve industrie',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (only the ICT part is a shortage area; see shortage_areas.csv)',2022,5,'ICI');
INSERT INTO "sector" VALUES('Zakelijke dienstverlening en veiligheid',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (only veiligheid is a shortage area; economisch-administratief shrinks)',2022,6,'ZDV');
INSERT INTO "sector" VALUES('Voedsel, groen en gastvrijheid',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (not named as a shortage sector)',2022,7,'VGG');
INSERT INTO "sector" VALUES('Specialistisch vakmanschap',0,'SBB Taskforce Kansrijk opleiden, advies ''Kansrijk opleiden'' (small crafts that need a steady intake)',2022,8,'SV');
CREATE TABLE shortagearea (
	name VARCHAR(120) NOT NULL, 
	why VARCHAR(300) NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	year INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	code VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "shortagearea" VALUES('Zorg','Er zijn veel te weinig mensen in de zorg, en er zijn er steeds meer nodig omdat we ouder worden.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,1,'zorg');
INSERT INTO "shortagearea" VALUES('Kinderopvang','Kinderopvang zoekt veel nieuwe medewerkers, zodat ouders kunnen werken.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,2,'kinderopvang');
INSERT INTO "shortagearea" VALUES('Onderwijs','Scholen zoeken onderwijsassistenten en andere helpers in de klas.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,3,'onderwijs');
INSERT INTO "shortagearea" VALUES('Techniek','Bedrijven zoeken veel technici om machines, installaties en fabrieken draaiend te houden.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,4,'techniek');
INSERT INTO "shortagearea" VALUES('Bouw en wonen','Nederland moet veel nieuwe huizen bouwen en oude huizen opknappen.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,5,'bouw_wonen');
INSERT INTO "shortagearea" VALUES('Klimaat en energie','Voor zonnepanelen, warmtepompen en het stroomnet zijn veel vakmensen nodig.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,6,'klimaat_energie');
INSERT INTO "shortagearea" VALUES('Veiligheid','Beveiliging, defensie en handhaving zoeken veel nieuwe mensen.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,7,'veiligheid');
INSERT INTO "shortagearea" VALUES('ICT','Bijna elk bedrijf heeft ICT nodig en er zijn te weinig ICT''ers.','Kamerstuk 31 524; SBB Taskforce Kansrijk opleiden',2022,8,'ict');
CREATE UNIQUE INDEX ix_domain_code ON domain (code);
CREATE UNIQUE INDEX ix_sector_code ON sector (code);
CREATE UNIQUE INDEX ix_shortagearea_code ON shortagearea (code);
CREATE UNIQUE INDEX ix_occupation_onet_code ON occupation (onet_code);
CREATE UNIQUE INDEX ix_region_name ON region (name);
CREATE UNIQUE INDEX ix_savedresult_code_hash ON savedresult (code_hash);
CREATE INDEX ix_savedresult_created_at ON savedresult (created_at);
CREATE UNIQUE INDEX ix_programme_crebo ON programme (crebo);
CREATE INDEX ix_programme_sector_id ON programme (sector_id);
CREATE INDEX ix_programme_domain_id ON programme (domain_id);
CREATE UNIQUE INDEX ix_municipality_code ON municipality (code);
CREATE INDEX ix_municipality_region_id ON municipality (region_id);
CREATE INDEX ix_occupationlink_programme_id ON occupationlink (programme_id);
CREATE UNIQUE INDEX ix_institution_brin ON institution (brin);
CREATE INDEX ix_figure_programme_id ON figure (programme_id);
CREATE INDEX ix_figure_region_id ON figure (region_id);
CREATE INDEX ix_progression_from_programme_id ON progression (from_programme_id);
CREATE INDEX ix_progression_to_programme_id ON progression (to_programme_id);
CREATE INDEX ix_offering_institution_id ON offering (institution_id);
CREATE INDEX ix_offering_programme_id ON offering (programme_id);
COMMIT;
