// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.867847927932791) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb447918064c2f61bfbf7b80b6f290fd79b73632e2bcb672f4c64d0c54a37505
