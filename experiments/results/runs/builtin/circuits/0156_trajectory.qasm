// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9118059698330585) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3735502f8ea51d6ed052a921b50ba7fa8ef352c7a3ab523c492c74c4d34eff40
