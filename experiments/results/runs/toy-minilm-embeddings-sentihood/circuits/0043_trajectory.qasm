// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0161168079601723) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 262f5ca53f778471274d245d98521666fbff341316a3b57e401537fc47ca3c68
