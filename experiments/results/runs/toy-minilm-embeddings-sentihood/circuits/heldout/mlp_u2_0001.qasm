// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.7074880768443825) q[0];
ry(3.006854977796218) q[0];
rz(0.7029941072999311) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a6d6a7ee55ab7124ef4db1ce0570987efb3046a994bae8551d84ff3f2f10809
