// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1223590488732755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 793467c713c18535d671f32c4dfb2d1be07c2e10f164c8e01b327748c91d45c3
