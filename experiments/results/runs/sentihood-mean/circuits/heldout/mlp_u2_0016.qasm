// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6419161531391722) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 770737f14eeafd7695c1d0d93a34e571b316884798156b5dcb3fad0bbcf63ec3
