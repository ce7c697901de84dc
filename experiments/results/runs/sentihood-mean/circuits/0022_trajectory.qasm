// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2022647667799783) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b9d6c4b25798d4b142b7e3555d9de09bbe035e61625f4257f183bd5f3b5c8a7
