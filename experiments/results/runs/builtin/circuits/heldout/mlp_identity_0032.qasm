// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.683822338655401) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5125330ca95d79bbac5ac2065d2db8b24ef4c48c3510aabbc1ec2d9b8a874d5c
