// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7783512970990127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a2cbf72d59dbb95858fa53d6311b2b132e372e5ad8fa14058d717bf80a13dc6
