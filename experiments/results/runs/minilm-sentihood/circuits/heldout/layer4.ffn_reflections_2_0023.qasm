// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.508588945235134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9eb0ead44767c55006e70fe9c1ce29cc876ea68c9f2979283d98cff44b189242
