// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.186894357883026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2a8ef4429ce72cd68842ad7d07c92a9e5afb8d8c36056918cf17881b310ce15e
