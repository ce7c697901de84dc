// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3290816986608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98baac774489f2b9ca4018b567f228e74935c9b9b22bff798e0a2f4c8ebf1a76
