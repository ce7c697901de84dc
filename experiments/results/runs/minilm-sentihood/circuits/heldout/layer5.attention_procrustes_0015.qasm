// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0377489003769287) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 050f6b272e49f96adc7e59fa80eb40e15e882c6576249365454ed0a3a6860ab6
