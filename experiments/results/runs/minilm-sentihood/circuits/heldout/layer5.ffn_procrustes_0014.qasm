// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8715903655511201) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e0f20a3cfc0b2c4ebc9378d6f793bf109ad8230ec72e0579ff6da77ee650751
