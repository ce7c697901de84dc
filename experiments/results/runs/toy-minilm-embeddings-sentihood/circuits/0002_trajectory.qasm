// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7317452994487224) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d3698352d2255c2e2eb3c9f79700cc8c5de9be2b4695bff8355c4da308529c9
