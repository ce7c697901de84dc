// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5198507162311903) q[0];
ry(2.564027300211368) q[0];
rz(0.4471322625874734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59bb7c176357576f35716bb6360d1f750926136adb461ba1d11bc0232cec2287
