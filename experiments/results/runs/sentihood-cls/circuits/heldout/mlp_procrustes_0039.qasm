// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5254563275564745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dbe767666475129fba96def2fcc189a37439919b91ef5a101e5353eea26094e
