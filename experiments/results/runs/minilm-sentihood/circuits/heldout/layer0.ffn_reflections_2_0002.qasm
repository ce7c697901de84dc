// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1195618041676374) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e277ce521d329d7e070481050a26dc39945734a7019e3e6a5b21db9c15a8126a
