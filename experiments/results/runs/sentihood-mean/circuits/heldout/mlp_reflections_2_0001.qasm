// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3610245980782314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b46af0cc636591e95de6f7d018b8b3da057699d6b9526f56115ac84ca7d05b7a
