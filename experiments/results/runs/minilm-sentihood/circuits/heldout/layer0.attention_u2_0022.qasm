// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40865377515326484) q[0];
ry(0.8211012465507681) q[0];
rz(-0.28693188553687143) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 442b4e7173d8c223a2cf8b566ad59e0fe86c33559a611be333fdfd7027c21bb8
