// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.42296254736604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36d4fe9ca21f315c7d3bda7d211856ba2289ce41bb972a0fb6318125a23d735a
