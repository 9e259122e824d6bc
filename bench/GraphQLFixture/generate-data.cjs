// Generates data.json once (fixed seed); the committed file is what both benchmarks load.
// Usage (from the repository root): node bench/GraphQLFixture/generate-data.cjs
'use strict';
const fs = require('fs');
const path = require('path');

let seed = 20261121;
function random() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (items) => items[int(0, items.length - 1)];
const pad = (n, width) => String(n).padStart(width, '0');
const round2 = (x) => Math.round(x * 100) / 100;

const streets = ['Długa', 'Krótka', 'Wodna', 'Ogrodowa', 'Lipowa', 'Polna', 'Słoneczna', 'Kościuszki'];
const cities = [['00-950', 'Warszawa'], ['30-001', 'Kraków'], ['50-001', 'Wrocław'], ['80-001', 'Gdańsk']];
const names = ['Jan Kowalski', 'Anna Nowak', 'Spółdzielnia Mieszkaniowa "Zdrój"', 'Piekarnia Łukasz Wiśniewski', 'Maria Wójcik'];

function address() {
  const [postalCode, city] = pick(cities);
  return {
    street: 'ul. ' + pick(streets),
    building: String(int(1, 120)),
    apartment: random() < 0.5 ? String(int(1, 60)) : null,
    postalCode,
    city,
  };
}

const customers = [];
for (let c = 1; c <= 20; c++) {
  const id = 'C-' + pad(c, 4);
  const kind = pick(['HOUSEHOLD', 'BUSINESS', 'HOUSING_COOPERATIVE']);
  const premises = [];
  for (let p = 1; p <= 3; p++) {
    const meters = [];
    for (let m = 1; m <= 2; m++) {
      let value = int(100, 900) + round2(random());
      const readings = [];
      for (let month = 1; month <= 12; month++) {
        value = round2(value + 2 + random() * 10);
        const method = pick(['REMOTE', 'CUSTOMER', 'INSPECTOR', 'ESTIMATE']);
        readings.push({ date: `2026-${pad(month, 2)}-15`, value, method, estimated: method === 'ESTIMATE' });
      }
      meters.push({
        id: `${id}-P${p}-M${m}`,
        serialNumber: 'WM' + pad(int(0, 99999999), 8),
        medium: m === 1 ? 'COLD_WATER' : pick(['HOT_WATER', 'HEAT', 'SEWAGE']),
        installedOn: `20${pad(int(10, 25), 2)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
        main: m === 1,
        readings,
      });
    }
    premises.push({ id: `${id}-P${p}`, address: address(), tariffGroup: pick(['G1', 'G2', 'P1']), active: p !== 3, meters });
  }
  const invoices = [];
  for (let i = 1; i <= 6; i++) {
    const lines = [];
    let net = 0;
    let gross = 0;
    for (let l = 1; l <= 6; l++) {
      const quantity = round2(1 + random() * 20);
      const unitPrice = round2(3 + random() * 12);
      const vatRate = l <= 4 ? 8 : 23;
      const lineNet = round2(quantity * unitPrice);
      const lineGross = round2(lineNet * (1 + vatRate / 100));
      net += lineNet;
      gross += lineGross;
      lines.push({
        description: pick(['Woda', 'Ścieki', 'Abonament', 'Opłata stała', 'Woda (ogród)', 'Ciepło']),
        quantity, unit: pick(['m3', 'szt.', 'GJ']), unitPrice, vatRate, net: lineNet, gross: lineGross,
      });
    }
    invoices.push({
      id: `${id}-F${i}`,
      number: `FV/2026/${pad(c * 10 + i, 6)}`,
      issuedOn: `2026-${pad(i * 2 - 1, 2)}-05`,
      dueOn: `2026-${pad(i * 2 - 1, 2)}-19`,
      status: pick(['ISSUED', 'PAID', 'OVERDUE', 'CORRECTED']),
      net: { amount: round2(net), currency: 'PLN' },
      gross: { amount: round2(gross), currency: 'PLN' },
      lines,
    });
  }
  customers.push({
    id,
    number: pad(int(0, 9999999), 7),
    name: pick(names),
    kind,
    taxId: kind === 'HOUSEHOLD' ? null : pad(int(0, 9999999999), 10),
    address: address(),
    contacts: [
      { __typename: 'EmailContact', value: `klient${c}@example.pl`, preferred: true, verified: random() < 0.7 },
      { __typename: 'PhoneContact', value: '+48 ' + pad(int(500000000, 899999999), 9), preferred: false, smsConsent: random() < 0.5 },
    ],
    balance: round2(random() * 400 - 200),
    premises,
    invoices,
  });
}

fs.writeFileSync(path.join(__dirname, 'data.json'), JSON.stringify({ customers }, null, 1) + '\n');
