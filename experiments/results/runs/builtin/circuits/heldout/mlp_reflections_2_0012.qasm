// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5405441944608906) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 72730d7c0a338823defbb7efcbf0f132639e250f10fe2f71f5b5ffe7a0b0342d
