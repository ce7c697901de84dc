// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6799974848536228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2507ee0fcb70d93c897ae3c2c25c7c931d8e4ea1ad70ca4709095070a7db61c4
