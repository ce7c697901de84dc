// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6556431457383614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 667f49318327b31fe2bb39c256a039e8779f167023a691b2932e90763be33f35
