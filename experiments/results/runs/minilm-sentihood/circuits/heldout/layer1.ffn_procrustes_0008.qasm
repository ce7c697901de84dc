// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1714410819914254) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e5f55eab3640fd4fdac8fd70c1f0a8cea5326625882a3db9917d87d37d45dd4
