// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6417926196153187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d568d8d974471956e5f7892224f525de56ba644f7851cebb079e089f1aa4955
