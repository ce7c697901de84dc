// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9013563134145013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c0f42c616d2ef4669906f723f80a90939df2c27aee379cc5878432bcdd01abce
