// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.29111347962339673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cf6c16459db7acdcf09a5da1ea1473f6cf96d765f9eaf30633b016ae79c6a16
