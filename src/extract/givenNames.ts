// Given names common in the news this bot reads (the Caucasus and its neighbours, Europe, the Americas, the
// Middle East, Central and South Asia, Africa). A run of two or three name words that opens with one is a person
// wherever it stands ("the leadership of Narendra Modi", "a letter from Ruben Vardanyan"), with no title or verb
// around it. Words that are also places, months or common English words (Georgia, Jordan, May, Will, Grace,
// Victoria, Paris, Chad) are left out: they open names of other things as often.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
 Aleksandr Alexander Alexandr Aleksei Alexei Alexey Aleksey Anatoly Anatoliy Andrei Andrey Andriy Andrii Anton
 Arkady Boris Dmitry Dmitri Dmytro Evgeny Yevgeny Gennady Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim
 Maksim Mikhail Mykhailo Mykola Nikolai Nikolay Oleg Oleksandr Oleksiy Pavel Petr Pyotr Ruslan Sergei Sergey
 Serhiy Stanislav Taras Vadim Valery Valeriy Vasily Vasyl Viktor Vitaly Vladimir Volodymyr Vyacheslav Yaroslav Yuri
 Yury Yuriy Anatolii Oksana Olga Irina Iryna Natalia Natalya Tatiana Tatyana Svetlana Yulia Yuliya Elena Yelena
 Ekaterina Valentina Lyudmila Larisa Marina Veronika Anastasia Daria Ksenia
 Aram Ararat Armen Arman Arsen Arshak Artak Artur Arthur Ashot Avet Davit Edmon Eduard Garnik Gagik Gevorg Grigor
 Hakob Hayk Hovhannes Hovik Hrant Karen Levon Mher Mkrtich Narek Nikol Norayr Rafael Robert Ruben Samvel Sargis
 Serzh Smbat Suren Tigran Vahagn Vahan Vardan Varuzhan Zohrab Anahit Anna Arpine Astghik Gayane Hasmik Lilit
 Lusine Mariam Narine Ani Siranush Tatevik Zaruhi
 Ilham Jeyhun Elmar Elchin Elnur Fariz Hikmet Hikmat Aykhan Rovshan Ramiz Ogtay Novruz Mubariz Mukhtar Ali Anar
 Azer Farid Farhad Fuad Gulnara Ilgar Kamal Khazar Mahmud Mammad Mehriban Nasimi Orkhan Rufat Ramil Rashad Sahiba
 Samir Shahin Tofig Tural Vugar Yalchin Zakir Zaur Leyla Sevinj Aida Elshad Emin
 Giorgi Irakli Zurab Levan Mamuka Mikheil Kakha Lasha Shalva Tamar Nino Salome Ketevan Eka Maka Archil Bidzina
 Gela Gia Goga Ilia Ivane Tedo Teimuraz Vakhtang Zviad Beka Nika Khatia Sopho Tinatin Mariam Mzia
 Recep Mevlut Mevlüt Hulusi Binali Cevdet Hakan Ibrahim İbrahim Omer Ömer Kemal Mustafa Ahmet Mehmet Yasar Yaşar
 Numan Fuat Devlet Kemal Selahattin Süleyman Suleyman Tanju Hami Serdar Ozgur Özgür Fahrettin Bekir
 Abdulaziz Abdullah Abdulla Abdel Abdul Ahmad Ahmed Ali Amir Anwar Ayman Badr Bashar Faisal Fahad Hamad Hassan
 Hossein Hussein Ibrahim Ismail Jassim Khalid Khaled Mahmoud Majid Mohammad Mohammed Mohamed Muhammad Mustafa
 Nabil Nasser Omar Osama Rashid Saad Salem Saleh Sameh Tamim Walid Yousef Youssef Yusuf Zayed Abbas Ebrahim
 Esmaeil Masoud Javad Kazem Mahmoud Mojtaba Nasser Saeed Hamid Reza Mehdi Morteza Kamal Kassym Nursultan Shavkat
 Emomali Sadyr Sooronbay Almazbek Mukhtar Murat Askar Olzhas Alikhan Erlan Yerlan Bakhtiyor Sirojiddin Rashid
 Mahatma Narendra Rahul Amit Rajnath Subrahmanyam Shehbaz Nawaz Imran Bilawal Asif Arif 
 Joe Joseph John James Robert Michael William David Richard Thomas Charles Christopher Daniel Matthew Anthony
 Antony Donald Steven Stephen Paul Andrew Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob
 Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Jack Dennis Jerry
 Tyler Aaron Henry Adam Nathan Peter Zachary Kyle Noah Ethan Jeremy Walter Keith Roger Terry Sean Gerald Carl
 Harold Douglas Arthur Lawrence Jesse Joe Bryan Billy Bruce Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene
 Vincent Russell Louis Philip Philippe Bobby Johnny Marco Marcus Ned Rex Mike Lloyd Jake Karine Kamala Hillary
 Nancy Condoleezza Madeleine Samantha Linda Karen Lisa Sarah Jennifer Elizabeth Mary Patricia Barbara
 Susan Jessica Margaret Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura
 Sharon Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole Emma Katherine Christine Debra Rachel
 Catherine Carolyn Janet Maria Heather Diane Julie Joyce Evelyn Kelly Christina Lauren Joan Judith Olivia Martha
 Cheryl Megan Andrea Ann Alice Jean Julia Kathryn Jacqueline Sophia Tammy Kristina Lynne Jen Kayleigh Karoline
 Emmanuel Jean-Yves Jean-Noël Jean-Claude Jean-Marc Jean-Pierre François Francois Édouard Edouard Gérard Gerard
 Nicolas Sébastien Sebastien Stéphane Stephane Bruno Thierry Laurent Olivier Didier Xavier Yves Pierre Jacques
 Catherine Élisabeth Elisabeth Ségolène Anne-Claire Valérie Christophe Brice Pascal Gabriel Michel Hubert
 Angela Olaf Friedrich Frank-Walter Annalena Heiko Sigmar Wolfgang Horst Jens Klaus Jürgen Markus Matthias
 Dietmar Ursula Josep Federica Kaja Toivo Magdalena Olivér Oliver Marta Carl Paweł Pawel Vassilis Charles
 Giuseppe Mario Giorgia Sergio Luigi Antonio Matteo Silvio Paolo Enzo Angelino Pedro José Jose Miguel Carlos
 Javier Alberto Diana Gustavo Nicolás Jair Luiz Andrés Claudia Marcelo Gabriel Sebastián Felipe Fernando
 Mauricio Evo Rafael Ricardo Alejandro Alicia Cristina
 Cyril Naledi Ronald Bola Muhammadu Yusuf Geoffrey Uhuru William Abiy Paul Félix Felix Macky Nana Moussa
 Jacinda Anthony Penny Marise Scott Christopher Winston Joko Prabowo Retno Rodrigo Ferdinand Lawrence Vivian
 Volkan Feridun Miroslav Zbigniew Ignazio Elina Bujar Ian Edi Helga Andrzej Thomas Ann Jaap Anders Jonas Jan
 Petro Viktor Péter Peter Kyriakos Maia Igor Mette Sanna Alexis Gitanas Lech Aleksandar
 Aleksander Milorad Edgars Egils Alar Kersti Krisjanis Dacian Klaus Nicolae Rumen Boyko Zoran Milo Dritan
 Naftali Yair Isaac Benny Gideon Eli Gabi Yoav Avigdor Ehud Tzipi Miri
 Keir Rishi Liz Theresa Teresa Ulf Karl Mateusz Radosław Luís António Ana Ingrida Evika Krišjānis Arturs Kristalina
 Ngozi Roberta Dubravka Valdis Frans Margrethe Wopke Janez Jutta Nicușor Gabrielius Bogdan Radek Andrej Petteri
 Yoweri Samia Hakainde Emmerson Filipe Bassirou Ousmane Alassane Kashim Raila Musalia Demeke Taye Isaias Salva Denis
 Faustin Evariste Mahamat Kais Abdelmadjid Fumio Shigeru Yoshimasa Takeshi Yoko Toshimitsu Yoshihide Shinzo Srettha
 Paetongtarn Anutin Nayib Xiomara Delcy Yamandú Mauro Iván Bernardo Lenín
`
    .split(/\s+/)
    .filter(Boolean),
);
