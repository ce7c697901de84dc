// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.704023544818467) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6d8d065e5a76b779d7910701f0cef27db38b1995c857a31446a7b4e84bf6345
