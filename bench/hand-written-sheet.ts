/**
 * The Corps "A" evaluation sheet of the shipped example written by hand as a pdfmake document definition:
 * the baseline the pipeline is measured against (same fonts, same content, same layout features).
 */
export function createHandWrittenSheet(): Record<string, unknown> {
  const none = [false, false, false, false];
  const fill = (label: string, value: string, caption?: string) => ({
    table: {
      widths: label ? ['auto', '*'] : ['*'],
      dontBreakRows: true,
      body: [
        label
          ? [
              { text: label, border: none },
              { text: value, border: [false, false, false, true] },
            ]
          : [{ text: value, alignment: 'center', border: [false, false, false, true] }],
        ...(caption
          ? [
              label
                ? [
                    { text: '', border: none },
                    { text: caption, fontSize: 8, alignment: 'center', border: none },
                  ]
                : [{ text: caption, fontSize: 8, alignment: 'center', border: none }],
            ]
          : []),
      ],
    },
    margin: [0, 4, 0, 4],
  });
  const header = ['№ р/с', 'НМИ атауы', 'Өлшем бірлігі', 'Жоспарлы мәні', 'Нақты мәні', 'НМИ жүзеге асырудың пайызы', 'Баға (0-ден 5-ке дейін)*'];
  const rows = [
    [
      '1',
      'Қазақстан Республикасы Президентінің, Премьер-Министрінің, Президент Әкімшілігінің, Үкімет Аппаратының және орталық мемлекеттік орган басшылығының тапсырмалары мен актілерінің сапалы және уақтылы орындалуын қамтамасыз ету',
      '%',
      '100',
      '97,5',
      '97,50',
      '4,75',
    ],
    ['2', 'Жеке және заңды тұлғалардың өтініштерін уақтылы және сапалы қарауды қамтамасыз ету', '%', '100', '100', '100,00', '5,00'],
    ['3', 'Бюджеттік бағдарламалардың әкімшілеріне әдістемелік көмек көрсету', 'іс-шара', '12', '11', '91,67', '4,50'],
    ['4', 'Республикалық бюджеттің атқарылуы', '%', '99,5', '98,7', '99,20', '4,80'],
    ['5', 'Бюджеттік заңнамаға түзетулер жобаларын әзірлеу', 'жоба', '4', '3', '75,00', '3,90'],
  ];
  return {
    info: { title: 'Бағалау парағы', author: 'qujat', creator: 'qujat', producer: 'qujat', creationDate: new Date('2026-01-15T00:00:00Z') },
    pageSize: 'A4',
    pageMargins: [85, 57, 42.5, 57],
    defaultStyle: { font: 'Tinos', fontSize: 12, lineHeight: 1.1 },
    content: [
      {
        columns: [
          { width: '*', text: '' },
          { width: 212, fontSize: 10, text: '"А" корпусы мемлекеттік\nәкімшілік қызметшілерінің\nқызметін бағалау әдістемесіне\n3-қосымша' },
        ],
        margin: [0, 0, 0, 12],
      },
      { text: 'Бағалау парағы', fontSize: 14, bold: true, alignment: 'center', margin: [0, 12, 0, 8] },
      fill(
        '',
        'Сәрсенбаева Гүлнәр Құрманғазықызы, Қаржы министрлігінің Бюджеттік жоспарлау департаментінің директоры',
        '(бағаланатын тұлғаның тегі, аты, әкесінің аты (болған жағдайда), лауазымы)',
      ),
      fill('', '2025 жылғы 1 қаңтар – 2025 жылғы 31 желтоқсан', 'бағалау кезеңі көрсетіледі'),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['6%', '30%', '11%', '12%', '11%', '14%', '16%'],
          body: [
            header.map((text) => ({ text, bold: true, alignment: 'center' })),
            ...rows.map((row) => row.map((text, index) => ({ text, alignment: index === 1 ? 'left' : 'center' }))),
            [{ text: 'Қорытынды баға (НМИ санына бөлінген барлық бағалардың сомасы)', colSpan: 6 }, {}, {}, {}, {}, {}, { text: '4,59', alignment: 'center' }],
          ],
        },
        fontSize: 10,
        margin: [0, 6, 0, 6],
      },
      { text: '* Бағалау осы Әдістемеге 4 және 5-қосымшаларға сәйкес НМИ іске асыру пайызына байланысты қойылады.', fontSize: 10 },
      { text: 'Бұл ретте тапсырмаларды орындау бойынша НМИ үшін бағалау ең жоғары мәннен аспауға тиіс.', fontSize: 10 },
      { text: 'Рұқсат етілген диапазондағы қалған НМИ үшін уәкілетті тұлға өз қалауы бойынша баға қояды.', fontSize: 10 },
      fill('Бағалау нәтижесі', 'тиімді', '(қанағаттанарлықсыз, қанағаттанарлық, тиімді)'),
      fill('Уәкілетті тұлға', 'Жұмабеков Ерлан Сейтқалиұлы', '(тегі, аты, әкесінің аты (болған жағдайда))'),
      fill('Лауазымы', 'Қазақстан Республикасының Қаржы вице-министрі'),
      fill('Қолы', ' ', '(электрондық цифрлық қолтаңба арқылы куәландырылған)'),
      fill('Күні', '2026 жылғы 15 қаңтар'),
    ],
  };
}
