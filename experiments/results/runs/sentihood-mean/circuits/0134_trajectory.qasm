// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34115682995091134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75ce600e77e869e1152c6cb86565dee4cc96a1877136d454e3957aab2ee6fcd9
