// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1484399242238499) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa5aaf6eb5e1d4e74d85b07bfb61e923938fcbf8158d9e19357201f7b73f678b
