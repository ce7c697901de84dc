// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17655486175636165) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de318e724a727d9cb72c68b34123b22b21766afa9c24b902f491582543240455
