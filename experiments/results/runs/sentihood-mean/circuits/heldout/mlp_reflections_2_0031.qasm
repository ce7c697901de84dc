// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4945992218933346) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 afd8141eaa1760efa8bac57df041dbf05e7a42bb673e93aa13fb2fed2c55662b
